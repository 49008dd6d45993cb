import type { Result } from 'lighthouse';

/** What the bench prints of one Lighthouse run; times in milliseconds, the score out of 100. */
export interface LighthouseFigures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  /** JavaScript bytes as they crossed the network, so compressed when the server compressed. */
  scriptTransferBytes: number;
  /**
   * Lighthouse's measure of the machine's speed (a fast desktop scores over 1,000). Its CPU
   * throttling multiplies the tasks it observes, so a busy machine shows as a slow phone.
   */
  benchmarkIndex: number;
}

const metricAudits = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
} as const;

const numericValueOf = (result: Result, audit: string): number => {
  const value = result.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse reported no value for ${audit}: ${result.audits[audit]?.errorMessage ?? 'audit missing'}`);
  return value;
};

/** The `script` row of the resource summary; its details are typed loosely, so they are checked here. */
const scriptTransferBytesOf = (result: Result): number => {
  const details = result.audits['resource-summary']?.details;
  const items = details && 'items' in details && Array.isArray(details.items) ? (details.items as unknown[]) : [];
  const row = items.find((item): item is { resourceType: string; transferSize: number } => typeof item === 'object' && item !== null && 'resourceType' in item && item.resourceType === 'script');
  return typeof row?.transferSize === 'number' ? row.transferSize : 0;
};

/** Why a score is missing: the audits that failed (a page too slow to paint, say), with their messages. */
const failedAuditsOf = (result: Result): string =>
  Object.entries(result.audits)
    .filter(([, audit]) => audit.scoreDisplayMode === 'error')
    .map(([name, audit]) => `${name} (${audit.errorMessage ?? 'no message'})`)
    .join('; ') || 'no audit says why';

export const lighthouseFiguresOf = (result: Result): LighthouseFigures => {
  const score = result.categories.performance?.score;
  if (typeof score !== 'number') throw new Error(`Lighthouse reported no performance score: ${failedAuditsOf(result)}`);
  const metrics = Object.fromEntries(Object.entries(metricAudits).map(([figure, audit]) => [figure, numericValueOf(result, audit)])) as Record<keyof typeof metricAudits, number>;
  return { score: Math.round(score * 100), ...metrics, scriptTransferBytes: scriptTransferBytesOf(result), benchmarkIndex: result.environment.benchmarkIndex };
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Each figure's median over the runs, taken separately: one printed line may mix figures of different runs. */
export const medianFigures = (runs: readonly LighthouseFigures[]): LighthouseFigures => {
  if (runs.length === 0) throw new Error('No Lighthouse runs to take the median of');
  const keys = Object.keys(runs[0]!) as (keyof LighthouseFigures)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as unknown as LighthouseFigures;
};
