import type { Role } from '@linkki/domain';

/**
 * Who may call what. `public`: anyone, no tenant needed; `resident`: anyone, in the tenant the
 * token or `x-tenant` names; `signedIn`: any signed-in user; a role list: only those roles.
 * Every procedure of the app router must have a row; `input` is a valid input for the call.
 */
export type Access = 'public' | 'resident' | 'signedIn' | readonly Role[];

export interface MatrixRow {
  access: Access;
  input?: unknown;
}

export const authorizationMatrix: Record<string, MatrixRow> = {
  'tenants.list': { access: 'public' },
  me: { access: 'signedIn' },
};
