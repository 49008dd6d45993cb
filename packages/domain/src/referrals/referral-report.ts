import { z } from 'zod';

/** No figure is shown for a group smaller than this: with fewer people a figure may point to a person. */
export const smallGroupThreshold = 5;

/** A figure about `people` persons, or null (suppressed) when the group is too small. */
export const suppressSmallGroup = <T>(people: number, figure: T): T | null => (people >= smallGroupThreshold ? figure : null);

export const reportsInputSchema = z
  .object({
    /** First and last month included, YYYY-MM; by default the last 12 months. */
    fromMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
    toMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
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

/**
 * Start→end change of one measure over the people with both; a change smaller than
 * `unchangedBelow` counts as unchanged (SWEMWBS: 1 metric point; participation: 5 points).
 */
export const measureChangeOf = (pairs: readonly { start: number; end: number }[], unchangedBelow: number): MeasureChange => {
  const changes = pairs.map((pair) => pair.end - pair.start);
  const figure = <T>(value: T) => suppressSmallGroup(pairs.length, value);
  return {
    people: figure(pairs.length),
    meanStart: figure(roundTo(mean(pairs.map((pair) => pair.start)), 2)),
    meanEnd: figure(roundTo(mean(pairs.map((pair) => pair.end)), 2)),
    meanChange: figure(roundTo(mean(changes), 2)),
    distribution: figure({
      improved: countedGroup(changes.filter((change) => change >= unchangedBelow).length),
      unchanged: countedGroup(changes.filter((change) => Math.abs(change) < unchangedBelow).length),
      declined: countedGroup(changes.filter((change) => change <= -unchangedBelow).length),
    }),
  };
};
