import { createReferralStatisticsRepository } from '@linkki/db';
import { type ReportsInput, reportsInputSchema } from '@linkki/domain';
import { router, tenantRoleProcedure } from '../../trpc';
import { referralReportCsv } from './referral-report.csv';
import { referralReportOf, reportWindowOf } from './referral-report.service';

const coordinatorProcedure = tenantRoleProcedure('coordinator');

type CoordinatorContext = Parameters<Parameters<typeof coordinatorProcedure.query>[0]>[0]['ctx'];

const reportOf = async (ctx: CoordinatorContext, input: ReportsInput) => {
  const window = reportWindowOf(input, ctx.deps.now());
  const items = await createReferralStatisticsRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId }).between(window.fromMonth, window.toMonth);
  return referralReportOf(items, window);
};

/** Coordinators' reports, from the anonymous statistics that outlive the personal data. */
export const reportsRouter = router({
  referrals: coordinatorProcedure.input(reportsInputSchema).query(({ ctx, input }) => reportOf(ctx, input)),
  referralsCsv: coordinatorProcedure.input(reportsInputSchema).query(async ({ ctx, input }) => {
    const report = await reportOf(ctx, input);
    return { filename: `referrals-${ctx.tenantId}-${report.fromMonth}-${report.toMonth}.csv`, csv: referralReportCsv(report) };
  }),
});
