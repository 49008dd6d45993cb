import type { Role } from '../api/me';
import { networkAbilitiesOf } from './network-roles';

type Allows = (roles: readonly Role[]) => boolean;

const anyOf =
  (...roles: Role[]): Allows =>
  (held) =>
    roles.some((role) => held.includes(role));

/**
 * Who may use each signed-in area: the menu shows an area by it and the area's door lets in by
 * it, so the two never disagree. The API checks every procedure again on its own.
 */
export const areaAccess = {
  editor: anyOf('orgEditor', 'coordinator'),
  moderation: anyOf('coordinator'),
  referrals: anyOf('professional', 'linkWorker', 'coordinator'),
  coordination: anyOf('coordinator'),
  staff: anyOf('coordinator'),
  associations: anyOf('coordinator'),
  pathwayAdditions: anyOf('coordinator'),
  linkWork: anyOf('linkWorker'),
  network: (roles) => networkAbilitiesOf(roles).read,
  publisher: anyOf('nationalPublisher'),
  operator: anyOf('platformAdmin'),
} satisfies Record<string, Allows>;
