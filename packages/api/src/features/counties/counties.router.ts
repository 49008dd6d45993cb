import { countyConfirmationSchema, countyOnboardingSchema, countyUsageInputSchema, tenantIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { noInput, roleProcedure, router } from '../../trpc';
import { readUsageOverview } from '../usage/usage.service';
import { createCountiesService } from './counties.service';

const operatorProcedure = roleProcedure('platformAdmin');

type OperatorContext = Parameters<Parameters<typeof operatorProcedure.query>[0]>[0]['ctx'];

const countiesOf = (ctx: OperatorContext) =>
  createCountiesService({
    tables: ctx.deps.tables,
    userId: ctx.identity.userId,
    displayName: ctx.identity.displayName,
    accounts: ctx.deps.accounts,
    appUrl: ctx.deps.appUrl,
    exports: ctx.deps.exports,
    now: ctx.deps.now,
    registryChanged: () => ctx.deps.tenants.forget(),
  });

const versionedCounty = z.object({ slug: tenantIdSchema, expectedVersion: z.number().int().positive() }).strict();

/**
 * The platform operator's counties. The county an operator acts on is the object of the call, so
 * it is named in the input; the county's own items are still reached only through that county's
 * tenant-scoped session.
 */
export const countiesRouter = router({
  list: operatorProcedure.input(noInput).query(({ ctx }) => countiesOf(ctx).list()),
  onboard: operatorProcedure.input(z.object({ requestId: z.uuid(), onboarding: countyOnboardingSchema }).strict()).mutation(({ ctx, input }) => countiesOf(ctx).onboard(input)),
  suspend: operatorProcedure.input(versionedCounty).mutation(({ ctx, input }) => countiesOf(ctx).suspend(input)),
  reactivate: operatorProcedure.input(versionedCounty).mutation(({ ctx, input }) => countiesOf(ctx).reactivate(input)),
  offboard: operatorProcedure.input(countyConfirmationSchema).mutation(({ ctx, input }) => countiesOf(ctx).offboard(input)),
  cancelOffboarding: operatorProcedure.input(versionedCounty).mutation(({ ctx, input }) => countiesOf(ctx).cancelOffboarding(input)),
  confirmDeletion: operatorProcedure.input(countyConfirmationSchema).mutation(({ ctx, input }) => countiesOf(ctx).confirmDeletion(input)),
  exportLink: operatorProcedure.input(z.object({ slug: tenantIdSchema }).strict()).mutation(({ ctx, input }) => countiesOf(ctx).exportLink(input)),
  /** Each county's latest day and its sums over the last `days` days; with `county`, that county's days one by one. */
  usage: operatorProcedure.input(countyUsageInputSchema).query(({ ctx, input }) => readUsageOverview({ tables: ctx.deps.tables, now: ctx.deps.now() }, input)),
});
