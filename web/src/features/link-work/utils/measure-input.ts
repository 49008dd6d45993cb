import type { MeasureInput } from '../api/link-work';

export type Instrument = MeasureInput['instrument'];
export type MeasurePhase = MeasureInput['phase'];
export type MeasureFiller = MeasureInput['filledBy'];

/** The statements of each measure in their official order; their texts live in the message files under these keys. */
export const measureItems = {
  swemwbs: ['optimistic', 'useful', 'relaxed', 'problems', 'clearly', 'close', 'ownMind'],
  participation: ['belong', 'heard', 'meaningful', 'valued', 'community', 'influence', 'help', 'needed', 'future', 'together'],
} as const satisfies Record<Instrument, readonly string[]>;

export type MeasureItemKey<I extends Instrument> = (typeof measureItems)[I][number];

/** The five answers of every statement, 1 (never / disagree) to 5 (all of the time / agree). */
export const answerValues = [1, 2, 3, 4, 5] as const;

export interface MeasureFormState {
  phase: MeasurePhase | '';
  filledBy: MeasureFiller | '';
  /** One answer per statement, in order; null until chosen. */
  answers: (number | null)[];
}

export const emptyMeasureForm = (instrument: Instrument, phase: MeasurePhase | ''): MeasureFormState => ({
  phase,
  filledBy: '',
  answers: measureItems[instrument].map(() => null),
});

/** The first form field (phase, filler, or the index of a statement) still unanswered, all of them in order. */
export const missingMeasureFields = (form: MeasureFormState): ('phase' | 'filledBy' | number)[] => [
  ...(form.phase ? [] : (['phase'] as const)),
  ...(form.filledBy ? [] : (['filledBy'] as const)),
  ...form.answers.flatMap((answer, index) => (answer === null ? [index] : [])),
];

/** The API input for a complete form, or null while something is missing. */
export const buildMeasureInput = (referral: { id: string; version: number }, instrument: Instrument, form: MeasureFormState): MeasureInput | null => {
  if (missingMeasureFields(form).length > 0 || !form.phase || !form.filledBy) return null;
  const items = form.answers.filter((answer): answer is number => answer !== null);
  return { id: referral.id, expectedVersion: referral.version, instrument, phase: form.phase, filledBy: form.filledBy, items };
};
