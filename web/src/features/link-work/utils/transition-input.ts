import type { TransitionInput } from '../api/link-work';

type TargetState = TransitionInput['to'];

/** What a change to each state asks of the user, as the API requires it. */
const transitionFields: Record<TargetState, { reason: boolean; reasonCode: boolean; outcome: boolean }> = {
  draft: { reason: false, reasonCode: false, outcome: false },
  requested: { reason: false, reasonCode: false, outcome: false },
  accepted: { reason: false, reasonCode: false, outcome: false },
  'in-progress': { reason: false, reasonCode: false, outcome: false },
  'on-hold': { reason: true, reasonCode: false, outcome: false },
  completed: { reason: false, reasonCode: false, outcome: true },
  rejected: { reason: true, reasonCode: true, outcome: false },
  cancelled: { reason: true, reasonCode: false, outcome: false },
  failed: { reason: true, reasonCode: false, outcome: false },
  'entered-in-error': { reason: true, reasonCode: false, outcome: false },
};

export const fieldsOfTransition = (to: TargetState) => transitionFields[to];

/** A change that asks nothing more is made at once; the others open a form first. */
export const isImmediateTransition = (to: TargetState): boolean => Object.values(transitionFields[to]).every((needed) => !needed);

export interface TransitionFormState {
  reason: string;
  reasonCode: NonNullable<TransitionInput['reasonCode']> | '';
  joinedActivityIds: string[];
  joinedOther: string;
  whatChanged: string;
}

export const emptyTransitionForm: TransitionFormState = { reason: '', reasonCode: '', joinedActivityIds: [], joinedOther: '', whatChanged: '' };

export type TransitionField = 'reason' | 'reasonCode' | 'whatChanged';

/** The API takes a reason or a description of change of at least this many characters. */
export const minTextLength = 3;
const tooShort = (text: string) => text.trim().length < minTextLength;

/** The fields the user must still fill in before the change can be sent. */
export const missingTransitionFields = (to: TargetState, form: TransitionFormState): TransitionField[] => {
  const fields = transitionFields[to];
  const missing: TransitionField[] = [];
  if (fields.reasonCode && !form.reasonCode) missing.push('reasonCode');
  if (fields.reason && tooShort(form.reason)) missing.push('reason');
  if (fields.outcome && tooShort(form.whatChanged)) missing.push('whatChanged');
  return missing;
};

/** The API input for a change of `referral` to `to`: only the fields that change asks for. */
export const buildTransitionInput = (referral: { id: string; version: number }, to: TargetState, form: TransitionFormState): TransitionInput => {
  const fields = transitionFields[to];
  const joinedOther = form.joinedOther.trim();
  return {
    id: referral.id,
    expectedVersion: referral.version,
    to,
    ...(fields.reason ? { reason: form.reason.trim() } : {}),
    ...(fields.reasonCode && form.reasonCode ? { reasonCode: form.reasonCode } : {}),
    ...(fields.outcome ? { outcome: { joinedActivityIds: form.joinedActivityIds, ...(joinedOther ? { joinedOther } : {}), whatChanged: form.whatChanged.trim() } } : {}),
  };
};
