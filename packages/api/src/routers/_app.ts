import { catalogRouter } from '../features/catalog/catalog.router';
import { meProcedure } from '../features/me/me.procedure';
import { tenantsRouter } from '../features/tenants/tenants.router';
import { router } from '../trpc';

export const appRouter = router({
  tenants: tenantsRouter,
  me: meProcedure,
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
