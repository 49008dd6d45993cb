import { associationsRows } from './matrix/associations.rows';
import { catalogRows } from './matrix/catalog.rows';
import { coreRows } from './matrix/core.rows';
import { networkRows } from './matrix/network.rows';
import { pathwaysRows } from './matrix/pathways.rows';
import { referralsRows } from './matrix/referrals.rows';
import { countiesRows } from './matrix/counties.rows';
import { staffRows } from './matrix/staff.rows';
import type { MatrixRows } from './matrix/types';

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
};
