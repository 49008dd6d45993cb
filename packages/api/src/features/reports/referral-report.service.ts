import type { MonthMeasureTotals, ReferralStatistics } from '@linkki/db';
import {
  addMeasureTotals,
  countedGroup,
  mean,
  measureChangeOfTotals,
  median,
  noMeasureTotals,
  type ReferralReport,
  type ReportCountRow,
  type ReportDimension,
  type ReportMeasure,
  reportMeasureTotalsOf,
  type ReportsInput,
  roundTo,
  suppressSmallGroup,
} from '@linkki/domain';

const dayMs = 24 * 60 * 60 * 1000;

const dimensionValue: Record<ReportDimension, (item: ReferralStatistics) => string> = {
  state: (item) => item.state,
  type: (item) => item.typeId,
  unit: (item) => item.unitId,
  municipality: (item) => item.municipality,
};

/** The default window: the twelve months up to and including this one. */
export const reportWindowOf = (input: ReportsInput, now: Date) => {
  const toMonth = input.toMonth ?? now.toISOString().slice(0, 7);
  const start = new Date(Date.UTC(Number(toMonth.slice(0, 4)), Number(toMonth.slice(5, 7)) - 12, 1));
  return { fromMonth: input.fromMonth ?? start.toISOString().slice(0, 7), toMonth };
};

/** The month of the rows that count the whole window: monthly groups are often too small to show. */
export const wholeWindow = 'all';

const countRows = (items: readonly ReferralStatistics[]): ReportCountRow[] => {
  const counts = new Map<string, ReportCountRow & { people: number }>();
  for (const item of items) {
    for (const dimension of Object.keys(dimensionValue) as ReportDimension[]) {
      for (const month of [item.month, wholeWindow]) {
        const value = dimensionValue[dimension](item);
        const key = `${dimension}|${value}|${month}`;
        const row = counts.get(key) ?? { dimension, value, month, count: null, people: 0 };
        row.people += 1;
        counts.set(key, row);
      }
    }
  }
  return [...counts.values()]
    .map(({ people, ...row }) => ({ ...row, count: countedGroup(people) }))
    .sort((a, b) => a.dimension.localeCompare(b.dimension) || a.month.localeCompare(b.month) || a.value.localeCompare(b.value));
};

const daysToFirstContact = (items: readonly ReferralStatistics[]) => {
  const days = items.flatMap((item) => (item.requestedAt && item.firstContactAt ? [(Date.parse(item.firstContactAt) - Date.parse(item.requestedAt)) / dayMs] : []));
  return { people: countedGroup(days.length), median: suppressSmallGroup(days.length, roundTo(median(days))), mean: suppressSmallGroup(days.length, roundTo(mean(days))) };
};

/** Everything coordinators see about referrals, from anonymous statistics only, with small groups suppressed. */
export const referralReportOf = (items: readonly ReferralStatistics[], window: { fromMonth: string; toMonth: string }, retained: readonly MonthMeasureTotals[] = []): ReferralReport => {
  const closed = items.filter((item) => item.closedAt && item.state !== 'entered-in-error');
  const counted = items.filter((item) => item.state !== 'entered-in-error');
  // Scores of referrals whose personal data is gone live on only in monthly totals; they join the pairs still held per referral.
  const measures = [reportMeasureTotalsOf(counted), ...retained];
  const total = (measure: ReportMeasure) => measures.reduce((sum, totals) => addMeasureTotals(sum, totals[measure]), noMeasureTotals);
  return {
    ...window,
    total: countedGroup(items.length),
    counts: countRows(items),
    daysToFirstContact: daysToFirstContact(counted),
    shareCompleted: suppressSmallGroup(closed.length, roundTo(closed.filter((item) => item.state === 'completed').length / Math.max(1, closed.length), 3)),
    swemwbs: measureChangeOfTotals(total('swemwbs')),
    participation: measureChangeOfTotals(total('participation')),
    smallGroupThreshold: 5,
  };
};
