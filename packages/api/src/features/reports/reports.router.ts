import { createReferralAuditRepository, createReferralStatisticsRepository } from '@linkki/db';
import { type ReportsInput, reportsInputSchema } from '@linkki/domain';
import { router, tenantRoleProcedure } from '../../trpc';
import { referralReportCsv } from './referral-report.csv';
import { referralReportOf, reportWindowOf } from './referral-report.service';

const coordinatorProcedure = tenantRoleProcedure('coordinator');

type CoordinatorContext = Parameters<Parameters<typeof coordinatorProcedure.query>[0]>[0]['ctx'];

const reportOf = async (ctx: CoordinatorContext, input: ReportsInput) => {
  const window = reportWindowOf(input, ctx.deps.now());
  const statistics = createReferralStatisticsRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId });
  const [items, retained] = await Promise.all([statistics.between(window.fromMonth, window.toMonth), statistics.retainedMeasures(window.fromMonth, window.toMonth)]);
  return referralReportOf(items, window, retained);
};

/**
 * A downloaded report leaves the system, so it is logged in the county's access log although it
 * names no client; viewing the report on screen is not, as it shows only suppressed aggregates.
 */
const logExport = (ctx: CoordinatorContext, window: string) =>
  createReferralAuditRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId }).append({
    at: ctx.deps.now().toISOString(),
    userId: ctx.userId,
    role: 'coordinator',
    purpose: 'statistics',
    action: 'report-export',
    detail: `referral report ${window}`,
  });

/** Coordinators' reports, from the anonymous statistics that outlive the personal data. */
export const reportsRouter = router({
  referrals: coordinatorProcedure.input(reportsInputSchema).query(({ ctx, input }) => reportOf(ctx, input)),
  referralsCsv: coordinatorProcedure.input(reportsInputSchema).query(async ({ ctx, input }) => {
    const report = await reportOf(ctx, input);
    await logExport(ctx, `${report.fromMonth}–${report.toMonth}`);
    return { filename: `referrals-${ctx.tenantId}-${report.fromMonth}-${report.toMonth}.csv`, csv: referralReportCsv(report) };
  }),
});
