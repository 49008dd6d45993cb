import type { ReferralRecord } from '@linkki/db';
import {
  MeasureAlreadyRecordedError,
  participationScore,
  type RecordContactInput,
  type RecordMeasureInput,
  type ReferralState,
  ReferralActionForbiddenError,
  ReferralInputRefusedError,
  swemwbsMetricScore,
  swemwbsRawScore,
} from '@linkki/domain';
import type { ReferralActor } from './referral-context';
import { commitChange, referralToChange } from './referral-commit';

const contactStates: readonly ReferralState[] = ['accepted', 'in-progress', 'on-hold'];
const measureStates: readonly ReferralState[] = ['requested', 'accepted', 'in-progress', 'on-hold', 'completed'];

/** A phone call, meeting or accompanied visit by the assigned link worker; the first one stamps first contact. */
export const recordContact = async (actor: ReferralActor, input: RecordContactInput) => {
  const { referral, relations } = await referralToChange(actor, input.id, input.expectedVersion);
  if (!relations.includes('assignedLinkWorker')) throw new ReferralActionForbiddenError('record contacts');
  if (!contactStates.includes(referral.state)) throw new ReferralInputRefusedError('id', `contacts are recorded while the referral is ${contactStates.join(', ')}`);
  const now = actor.now().toISOString();
  const contact = {
    id: `${input.at}-${referral.version + 1}`,
    kind: input.kind,
    at: input.at,
    ...(input.activityId ? { activityId: input.activityId } : {}),
    ...(input.note ? { note: input.note } : {}),
    recordedBy: actor.userId,
    recordedAt: now,
  };
  const firstContactAt = referral.firstContactAt && referral.firstContactAt < input.at ? referral.firstContactAt : input.at;
  return commitChange(actor, referral, { ...referral, firstContactAt }, relations, { action: 'contact', detail: input.kind, contact });
};

/** The scores of one measure: SWEMWBS shown to staff, the participation score kept for statistics only. */
const scoresOf = (input: RecordMeasureInput, recordedAt: string, record: ReferralRecord): Pick<ReferralRecord, 'measures' | 'hiddenScores'> & { score: number } => {
  if (input.instrument === 'swemwbs') {
    const raw = swemwbsRawScore(input.items);
    const metric = swemwbsMetricScore(raw);
    return {
      score: metric,
      measures: { ...record.measures, swemwbs: { ...record.measures.swemwbs, [input.phase]: { raw, metric, filledBy: input.filledBy, recordedAt } } },
      hiddenScores: record.hiddenScores,
    };
  }
  const score = participationScore(input.items);
  const hiddenKey = input.phase === 'start' ? 'participationStart' : 'participationEnd';
  return {
    score,
    measures: { ...record.measures, participation: { ...record.measures.participation, [input.phase]: { filledBy: input.filledBy, recordedAt } } },
    hiddenScores: { ...record.hiddenScores, [hiddenKey]: score },
  };
};

/** A start or end measure, recorded once per phase by the referrer or the assigned link worker. */
export const recordMeasure = async (actor: ReferralActor, input: RecordMeasureInput) => {
  const { referral, relations } = await referralToChange(actor, input.id, input.expectedVersion);
  if (!relations.some((relation) => relation === 'referrer' || relation === 'assignedLinkWorker')) throw new ReferralActionForbiddenError('record measures');
  if (!measureStates.includes(referral.state)) throw new ReferralInputRefusedError('id', `measures are recorded while the referral is ${measureStates.join(', ')}`);
  if (referral.measures[input.instrument][input.phase]) throw new MeasureAlreadyRecordedError(input.instrument, input.phase);
  const recordedAt = actor.now().toISOString();
  const { score, ...changes } = scoresOf(input, recordedAt, referral);
  const measure = { instrument: input.instrument, phase: input.phase, items: input.items, score, filledBy: input.filledBy, recordedAt };
  return commitChange(actor, referral, { ...referral, ...changes }, relations, { action: 'measure', detail: `${input.instrument} ${input.phase}`, measure });
};
