import type { Role } from '@linkki/domain';

/**
 * Who may call what. `public`: anyone, no tenant needed; `resident`: anyone, in the tenant the
 * token or `x-tenant` names; `signedIn`: any signed-in user; a role list: only those roles.
 * `input` is a valid input for the call.
 */
export type Access = 'public' | 'resident' | 'signedIn' | readonly Role[];

export interface MatrixRow {
  access: Access;
  input?: unknown;
}

/** The rows of one feature, keyed by procedure path. */
export type MatrixRows = Record<string, MatrixRow>;

/** The calls run in this county. */
export const matrixTenant = 'pohjois-savo';
