import * as z from 'zod';
import { DomainError } from '../shared/errors';

/** The FHIR / Gravity Task status codes a referral moves through, so it can be exchanged later. */
export const referralStates = ['draft', 'requested', 'accepted', 'in-progress', 'on-hold', 'completed', 'rejected', 'cancelled', 'failed', 'entered-in-error'] as const;
export const referralStateSchema = z.enum(referralStates);
export type ReferralState = z.infer<typeof referralStateSchema>;

/** States in which nothing happens any more: the referral is closed and its retention clock runs. */
export const closedReferralStates: readonly ReferralState[] = ['completed', 'rejected', 'cancelled', 'failed', 'entered-in-error'];
export const isClosedReferralState = (state: ReferralState): boolean => closedReferralStates.includes(state);

/** How the caller stands to one referral; decides which transitions they may make. */
export const referralRelations = ['referrer', 'assignedLinkWorker', 'coordinator'] as const;
export type ReferralRelation = (typeof referralRelations)[number];

interface TransitionRule {
  from: readonly ReferralState[];
  by: readonly ReferralRelation[];
  /** A free-text reason (statusReason) must be given. */
  needsReason: boolean;
}

const open: readonly ReferralState[] = ['draft', 'requested', 'accepted', 'in-progress', 'on-hold'];
const handlers: readonly ReferralRelation[] = ['assignedLinkWorker', 'coordinator'];

/**
 * The whole referral workflow in one table: target state → from which states, by whom, whether a
 * reason is required. `draft` is only ever a starting state.
 */
export const referralTransitions: Record<Exclude<ReferralState, 'draft'>, TransitionRule> = {
  requested: { from: ['draft'], by: ['referrer'], needsReason: false },
  accepted: { from: ['requested'], by: handlers, needsReason: false },
  'in-progress': { from: ['accepted', 'on-hold'], by: handlers, needsReason: false },
  'on-hold': { from: ['accepted', 'in-progress'], by: handlers, needsReason: true },
  completed: { from: ['in-progress'], by: handlers, needsReason: false },
  rejected: { from: ['requested', 'accepted'], by: handlers, needsReason: true },
  cancelled: { from: open, by: ['referrer', ...handlers], needsReason: true },
  failed: { from: ['accepted', 'in-progress', 'on-hold'], by: handlers, needsReason: true },
  'entered-in-error': { from: [...open, 'completed', 'rejected', 'cancelled', 'failed'], by: ['referrer', 'coordinator'], needsReason: true },
};

export class ReferralTransitionError extends DomainError {
  override readonly name = 'ReferralTransitionError';
  readonly kind = 'conflict';
  constructor(
    readonly from: ReferralState,
    readonly to: ReferralState,
  ) {
    super(`A referral that is ${from} cannot become ${to}.`);
  }
}

export class ReferralTransitionNotAllowedError extends DomainError {
  override readonly name = 'ReferralTransitionNotAllowedError';
  readonly kind = 'forbidden';
  constructor(readonly to: ReferralState) {
    super(`You may not mark this referral ${to}.`);
  }
}

export class ReferralReasonMissingError extends DomainError {
  override readonly name = 'ReferralReasonMissingError';
  readonly kind = 'invalid';
  constructor(readonly to: ReferralState) {
    super(`Invalid input: reason: say why the referral becomes ${to}`);
  }
}

/**
 * Checks one transition against the table; throws the error that names what is wrong.
 * `relations` are all the ways the caller stands to the referral.
 */
export const checkReferralTransition = (input: { from: ReferralState; to: ReferralState; relations: readonly ReferralRelation[]; reason?: string | undefined }): void => {
  const rule = input.to === 'draft' ? undefined : referralTransitions[input.to];
  if (!rule || !rule.from.includes(input.from)) throw new ReferralTransitionError(input.from, input.to);
  if (!rule.by.some((relation) => input.relations.includes(relation))) throw new ReferralTransitionNotAllowedError(input.to);
  if (rule.needsReason && !input.reason) throw new ReferralReasonMissingError(input.to);
};

/** Every legal (from, to) pair, for tests and the web app's action menu. */
export const legalReferralTransitions = (): { from: ReferralState; to: ReferralState }[] =>
  Object.entries(referralTransitions).flatMap(([to, rule]) => rule.from.map((from) => ({ from, to: to as ReferralState })));
