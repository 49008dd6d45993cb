import { noInput, publicProcedure, router } from '../../trpc';

export const tenantsRouter = router({
  /** Every wellbeing services county, active ones first, for the tenant picker. */
  list: publicProcedure.input(noInput).query(async ({ ctx }) => {
    const tenants = await ctx.deps.tenants.all();
    return [...tenants].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || a.name.fi.localeCompare(b.name.fi, 'fi'));
  }),
});
