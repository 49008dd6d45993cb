import * as z from 'zod';
import { DomainError } from '../shared/errors';
import { versionedReferralSchema } from './referral.schema';

/**
 * SWEMWBS raw score (7–35) → metric score, the published conversion table (Stewart-Brown et al.).
 * Index = raw score − 7.
 */
export const swemwbsMetricTable: readonly number[] = [
  7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
];

const likertItem = z.number().int().min(1).max(5);

/** How many statements each measure has: SWEMWBS has 7, the THL participation indicator 10. */
export const measureItemCounts = { swemwbs: 7, participation: 10 } as const;

/** The 7 SWEMWBS items, each 1–5. */
export const swemwbsItemsSchema = z.array(likertItem).length(measureItemCounts.swemwbs);
/** The 10 statements of THL's participation indicator (osallisuusindikaattori), each 1–5. */
export const participationItemsSchema = z.array(likertItem).length(measureItemCounts.participation);

export const measurePhases = ['start', 'end'] as const;
export const measurePhaseSchema = z.enum(measurePhases);
export type MeasurePhase = z.infer<typeof measurePhaseSchema>;

export const measureFillers = ['client', 'professional', 'linkWorker'] as const;
export const measureFillerSchema = z.enum(measureFillers);

export const recordMeasureInputSchema = z.discriminatedUnion('instrument', [
  z.object({ ...versionedReferralSchema, instrument: z.literal('swemwbs'), phase: measurePhaseSchema, filledBy: measureFillerSchema, items: swemwbsItemsSchema }).strict(),
  z.object({ ...versionedReferralSchema, instrument: z.literal('participation'), phase: measurePhaseSchema, filledBy: measureFillerSchema, items: participationItemsSchema }).strict(),
]);
export type RecordMeasureInput = z.infer<typeof recordMeasureInputSchema>;
export type MeasureInstrument = RecordMeasureInput['instrument'];

const sum = (items: readonly number[]) => items.reduce((total, item) => total + item, 0);

export const swemwbsRawScore = (items: readonly number[]): number => sum(swemwbsItemsSchema.parse(items));

export const swemwbsMetricScore = (raw: number): number => {
  const metric = swemwbsMetricTable[raw - 7];
  if (!Number.isInteger(raw) || metric === undefined) throw new RangeError(`SWEMWBS raw score must be 7–35, got ${raw}`);
  return metric;
};

/** THL's scale: (mean − 1) / 4 × 100, rounded to one decimal. Never shown per client to staff. */
export const participationScore = (items: readonly number[]): number => {
  const valid = participationItemsSchema.parse(items);
  return Math.round(((sum(valid) / valid.length - 1) / 4) * 1000) / 10;
};

export class MeasureAlreadyRecordedError extends DomainError {
  override readonly name = 'MeasureAlreadyRecordedError';
  readonly kind = 'conflict';
  constructor(
    readonly instrument: string,
    readonly phase: string,
  ) {
    super(`The ${phase} ${instrument} measure of this referral is already recorded.`);
  }
}
