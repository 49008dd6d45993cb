import type { Role } from '../api/me';

/** Where each role's work starts, in order of precedence for people who hold several roles. */
const workplaces: readonly [Role, string][] = [
  ['coordinator', 'coordination'],
  ['linkWorker', 'link-work'],
  ['professional', 'referrals'],
  ['orgEditor', 'editor'],
  ['nationalPublisher', 'publisher/pathways'],
  ['networkMember', 'network'],
  // The operator holds no county role: their work is the counties themselves.
  ['platformAdmin', 'operator/counties'],
];

/**
 * Where a person lands after signing in: on their work (a nurse on their referrals, a link worker
 * on the queue, an editor on their listings, the operator on the counties…), else on their profile.
 */
export const landingPathFor = (tenant: string, roles: readonly Role[]): string => {
  const workplace = workplaces.find(([role]) => roles.includes(role))?.[1] ?? 'me';
  return `/${tenant}/${workplace}`;
};
