import type { Role } from '@linkki/domain';
import type { ProcedureInput, ProcedurePath } from '../../helpers/procedure-types';

/**
 * Who may call what. `public`: anyone, no tenant needed; `resident`: anyone, in the tenant the
 * token or `x-tenant` names; `signedIn`: any signed-in user; a role list: only those roles.
 * `input` is a valid input for the call.
 */
export type Access = 'public' | 'resident' | 'signedIn' | readonly Role[];

export interface MatrixRow<TPath extends ProcedurePath = ProcedurePath> {
  access: Access;
  /** Typed from the router: a row whose input no longer fits its procedure fails to compile. */
  input?: ProcedureInput<TPath>;
}

/** The rows of one feature, keyed by procedure path; a path the router lacks fails to compile. */
export type MatrixRows = { [TPath in ProcedurePath]?: MatrixRow<TPath> };

/** The calls run in this county. */
export const matrixTenant = 'pohjois-savo';
