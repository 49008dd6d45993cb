import { associationsRouter } from '../features/associations/associations.router';
import { catalogRouter } from '../features/catalog/catalog.router';
import { countiesRouter } from '../features/counties/counties.router';
import { legalRouter } from '../features/legal/legal.router';
import { linkWorkersRouter } from '../features/link-workers/link-workers.router';
import { meProcedure } from '../features/me/me.procedure';
import { referralsRouter } from '../features/referrals/referrals.router';
import { reportsRouter } from '../features/reports/reports.router';
import { networkRouter } from '../features/network/network.router';
import { pathwaysRouter } from '../features/pathways/pathways.router';
import { staffRouter } from '../features/staff/staff.router';
import { tenantsRouter } from '../features/tenants/tenants.router';
import { router } from '../trpc';

export const appRouter = router({
  tenants: tenantsRouter,
  me: meProcedure,
  catalog: catalogRouter,
  referrals: referralsRouter,
  linkWorkers: linkWorkersRouter,
  reports: reportsRouter,
  network: networkRouter,
  pathways: pathwaysRouter,
  staff: staffRouter,
  counties: countiesRouter,
  associations: associationsRouter,
  legal: legalRouter,
});

export type AppRouter = typeof appRouter;
