import * as z from 'zod';

/** No figure is shown for a group smaller than this: with fewer people a figure may point to a person. */
export const smallGroupThreshold = 5;

/** A figure about `people` persons, or null (suppressed) when the group is too small. */
export const suppressSmallGroup = <T>(people: number, figure: T): T | null => (people >= smallGroupThreshold ? figure : null);

export const reportsInputSchema = z
  .object({
    /** First and last month included, YYYY-MM; by default the last 12 months. */
    fromMonth: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
    toMonth: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  })
  .strict();
export type ReportsInput = z.infer<typeof reportsInputSchema>;

export const reportDimensions = ['state', 'type', 'unit', 'municipality'] as const;
export type ReportDimension = (typeof reportDimensions)[number];

/** One cell: a count per dimension value and month (`all`: the whole window); `count` is null when suppressed. */
export interface ReportCountRow {
  dimension: ReportDimension;
  value: string;
  month: string;
  count: number | null;
}

export interface MeasureChange {
  /** People with both a start and an end measure. */
  people: number | null;
  meanStart: number | null;
  meanEnd: number | null;
  meanChange: number | null;
  /** How many improved, stayed the same (|change| below the threshold) or declined; each null when under the threshold. */
  distribution: { improved: number | null; unchanged: number | null; declined: number | null } | null;
}

export interface ReferralReport {
  fromMonth: string;
  toMonth: string;
  total: number | null;
  counts: ReportCountRow[];
  daysToFirstContact: { people: number | null; median: number | null; mean: number | null };
  shareCompleted: number | null;
  swemwbs: MeasureChange;
  participation: MeasureChange;
  smallGroupThreshold: number;
}

/** A head count shown only when large enough; zero is no group and shows as zero. */
export const countedGroup = (people: number): number | null => (people === 0 ? 0 : suppressSmallGroup(people, people));

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 ? (ordered[middle] ?? null) : ((ordered[middle - 1] ?? 0) + (ordered[middle] ?? 0)) / 2;
};

export const mean = (values: readonly number[]): number | null => (values.length ? values.reduce((total, value) => total + value, 0) / values.length : null);

export const roundTo = (value: number | null, decimals = 1): number | null => (value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals);

/** A change of at least this much counts as a change (SWEMWBS metric points, participation 0–100 points). */
export const meaningfulMeasureChange = { swemwbs: 1, participation: 5 } as const;
export type ReportMeasure = keyof typeof meaningfulMeasureChange;

/**
 * Sums of one measure over the people with both a start and an end: every figure of a
 * `MeasureChange` follows from them, and none of them belongs to a person.
 */
export const measureTotalsSchema = z.object({
  people: z.number().int().nonnegative(),
  sumStart: z.number(),
  sumEnd: z.number(),
  sumChange: z.number(),
  improved: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  declined: z.number().int().nonnegative(),
});
export type MeasureTotals = z.infer<typeof measureTotalsSchema>;
export const noMeasureTotals: MeasureTotals = { people: 0, sumStart: 0, sumEnd: 0, sumChange: 0, improved: 0, unchanged: 0, declined: 0 };

export const addMeasureTotals = (a: MeasureTotals, b: MeasureTotals): MeasureTotals => ({
  people: a.people + b.people,
  sumStart: a.sumStart + b.sumStart,
  sumEnd: a.sumEnd + b.sumEnd,
  sumChange: a.sumChange + b.sumChange,
  improved: a.improved + b.improved,
  unchanged: a.unchanged + b.unchanged,
  declined: a.declined + b.declined,
});

/** A change smaller than `unchangedBelow` counts as unchanged (SWEMWBS: 1 metric point; participation: 5 points). */
export const measureTotalsOf = (pairs: readonly { start: number; end: number }[], unchangedBelow: number): MeasureTotals =>
  pairs.reduce<MeasureTotals>((totals, { start, end }) => {
    const change = end - start;
    return addMeasureTotals(totals, {
      people: 1,
      sumStart: start,
      sumEnd: end,
      sumChange: change,
      improved: change >= unchangedBelow ? 1 : 0,
      unchanged: Math.abs(change) < unchangedBelow ? 1 : 0,
      declined: change <= -unchangedBelow ? 1 : 0,
    });
  }, noMeasureTotals);

/** The figures of a measure's totals, each suppressed under the small-group threshold. */
export const measureChangeOfTotals = (totals: MeasureTotals): MeasureChange => {
  const figure = <T>(value: T) => suppressSmallGroup(totals.people, value);
  const meanOf = (sum: number) => (totals.people ? roundTo(sum / totals.people, 2) : null);
  return {
    people: figure(totals.people),
    meanStart: figure(meanOf(totals.sumStart)),
    meanEnd: figure(meanOf(totals.sumEnd)),
    meanChange: figure(meanOf(totals.sumChange)),
    distribution: figure({ improved: countedGroup(totals.improved), unchanged: countedGroup(totals.unchanged), declined: countedGroup(totals.declined) }),
  };
};

/** Start→end change of one measure over the people with both. */
export const measureChangeOf = (pairs: readonly { start: number; end: number }[], unchangedBelow: number): MeasureChange => measureChangeOfTotals(measureTotalsOf(pairs, unchangedBelow));

/** The start and end scores a referral's anonymous statistics may hold, as the reports read them. */
export interface ScoredStatistics {
  state: string;
  swemwbsStart?: number | undefined;
  swemwbsEnd?: number | undefined;
  participationStart?: number | undefined;
  participationEnd?: number | undefined;
}

/** The pairs of one measure among statistics that count in the outcome figures (not entered in error). */
export const measurePairsOf = (items: readonly ScoredStatistics[], measure: ReportMeasure) =>
  items.flatMap((item) => {
    if (item.state === 'entered-in-error') return [];
    const [start, end] = measure === 'swemwbs' ? [item.swemwbsStart, item.swemwbsEnd] : [item.participationStart, item.participationEnd];
    return start !== undefined && end !== undefined ? [{ start, end }] : [];
  });

/** Both measures' totals of some statistics. */
export const reportMeasureTotalsOf = (items: readonly ScoredStatistics[]): Record<ReportMeasure, MeasureTotals> => ({
  swemwbs: measureTotalsOf(measurePairsOf(items, 'swemwbs'), meaningfulMeasureChange.swemwbs),
  participation: measureTotalsOf(measurePairsOf(items, 'participation'), meaningfulMeasureChange.participation),
});
