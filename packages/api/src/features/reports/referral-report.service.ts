import type { ReferralStatistics } from '@linkki/db';
import {
  countedGroup,
  type MeasureChange,
  mean,
  measureChangeOf,
  median,
  type ReferralReport,
  type ReportCountRow,
  type ReportDimension,
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

const pairsOf = (items: readonly ReferralStatistics[], start: 'swemwbsStart' | 'participationStart', end: 'swemwbsEnd' | 'participationEnd') =>
  items.flatMap((item) => {
    const [first, last] = [item[start], item[end]];
    return first !== undefined && last !== undefined ? [{ start: first, end: last }] : [];
  });

/** A change of at least this much counts as a change (SWEMWBS metric points, participation 0–100 points). */
const meaningfulChange = { swemwbs: 1, participation: 5 } as const;

/** Everything coordinators see about referrals, from anonymous statistics only, with small groups suppressed. */
export const referralReportOf = (items: readonly ReferralStatistics[], window: { fromMonth: string; toMonth: string }): ReferralReport => {
  const closed = items.filter((item) => item.closedAt && item.state !== 'entered-in-error');
  const counted = items.filter((item) => item.state !== 'entered-in-error');
  const swemwbs: MeasureChange = measureChangeOf(pairsOf(counted, 'swemwbsStart', 'swemwbsEnd'), meaningfulChange.swemwbs);
  const participation: MeasureChange = measureChangeOf(pairsOf(counted, 'participationStart', 'participationEnd'), meaningfulChange.participation);
  return {
    ...window,
    total: countedGroup(items.length),
    counts: countRows(items),
    daysToFirstContact: daysToFirstContact(counted),
    shareCompleted: suppressSmallGroup(closed.length, roundTo(closed.filter((item) => item.state === 'completed').length / Math.max(1, closed.length), 3)),
    swemwbs,
    participation,
    smallGroupThreshold: 5,
  };
};
