import { associationsRows } from './matrix/associations.rows';
import { catalogRows } from './matrix/catalog.rows';
import { coreRows } from './matrix/core.rows';
import { legalRows } from './matrix/legal.rows';
import { networkRows } from './matrix/network.rows';
import { pathwaysRows } from './matrix/pathways.rows';
import { referralsRows } from './matrix/referrals.rows';
import { countiesRows } from './matrix/counties.rows';
import { staffRows } from './matrix/staff.rows';
import { errorCodeOf, type ProcedurePath, type ProcedureResponse } from '../helpers/api-harness';
import type { MatrixRow, MatrixRows } from './matrix/types';

export { matrixOrganisation } from './matrix/catalog.rows';
export { type Access, type MatrixRow, matrixTenant } from './matrix/types';

/** Every procedure of the app router has exactly one row here, gathered from one file per feature. */
export const authorizationMatrix: MatrixRows = {
  ...coreRows,
  ...catalogRows,
  ...networkRows,
  ...pathwaysRows,
  ...referralsRows,
  ...staffRows,
  ...countiesRows,
  ...associationsRows,
  ...legalRows,
};

/** The rows as pairs of path and row, in path order. */
export const matrixRows = (): Array<[ProcedurePath, MatrixRow]> => (Object.entries(authorizationMatrix) as Array<[ProcedurePath, MatrixRow]>).sort(([left], [right]) => left.localeCompare(right));

/** UNAUTHORIZED or FORBIDDEN when the call was refused; undefined when it was let in. */
export const refusalOf = (response: ProcedureResponse): 'UNAUTHORIZED' | 'FORBIDDEN' | undefined => {
  const code = errorCodeOf(response);
  return code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? code : undefined;
};

/**
 * An allowed cell's call was let in and answered by its procedure: data, or a domain answer such
 * as NOT_FOUND or CONFLICT for the row's made-up ids. A refusal fails it, and so does a server
 * error, which would otherwise hide a crash behind "not forbidden".
 */
export const answeredAsAllowed = (response: ProcedureResponse): boolean => refusalOf(response) === undefined && response.status < 500 && errorCodeOf(response) !== 'INTERNAL_SERVER_ERROR';
