import type { Role } from '../api/me';

/** Who sees the network's pages; the API decides what each of them may do there. */
const readerRoles: readonly Role[] = ['networkMember', 'coordinator', 'nationalPublisher', 'platformAdmin'];
const posterRoles: readonly Role[] = ['networkMember', 'coordinator', 'nationalPublisher'];
const moderatorRoles: readonly Role[] = ['coordinator', 'platformAdmin'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((role) => allowed.includes(role));

export const networkAbilitiesOf = (roles: readonly Role[]) => ({
  read: holdsAny(roles, readerRoles),
  post: holdsAny(roles, posterRoles),
  moderate: holdsAny(roles, moderatorRoles),
});
export type NetworkAbilities = ReturnType<typeof networkAbilitiesOf>;
