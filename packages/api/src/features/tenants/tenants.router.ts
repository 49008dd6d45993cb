import { createTenantSettingsRepository } from '@linkki/db';
import { tenantSettingsSchema } from '@linkki/domain';
import * as z from 'zod';
import { noInput, publicProcedure, router, tenantRoleProcedure } from '../../trpc';

const coordinatorProcedure = tenantRoleProcedure('coordinator');

export const tenantsRouter = router({
  /** Every wellbeing services county, active ones first, for the tenant picker; how one leaves is the operator's business. */
  list: publicProcedure.input(noInput).query(async ({ ctx }) => {
    const tenants = (await ctx.deps.tenants.all()).map(({ offboarding: _offboarding, ...tenant }) => tenant);
    return tenants.sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || a.name.fi.localeCompare(b.name.fi, 'fi'));
  }),

  /** The coordinator's own county's settings (defaults until first saved, at version 0). */
  settings: coordinatorProcedure.input(noInput).query(({ ctx }) => createTenantSettingsRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId }).get()),

  updateSettings: coordinatorProcedure
    .input(z.object({ settings: tenantSettingsSchema, expectedVersion: z.number().int().min(0) }).strict())
    .mutation(({ ctx, input }) => createTenantSettingsRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId }).save(input.settings, input.expectedVersion)),
});
