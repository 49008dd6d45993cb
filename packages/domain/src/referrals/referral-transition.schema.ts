import * as z from 'zod';
import { entityIdSchema } from '../catalog/organisation.schema';
import { DomainError } from '../shared/errors';
import { versionedReferralSchema } from './referral.schema';
import { referralStateSchema } from './referral-state';

/** Coded reasons (FHIR Task.statusReason) next to the free text, for the reports. */
export const referralReasonCodes = ['no-capacity', 'not-suitable', 'outside-area', 'client-declined', 'could-not-contact', 'duplicate', 'other'] as const;
export const referralReasonCodeSchema = z.enum(referralReasonCodes);
export type ReferralReasonCode = z.infer<typeof referralReasonCodeSchema>;

/** What the referring professional sees at the end: which activity the client joined and what changed. */
export const referralOutcomeSchema = z
  .object({
    joinedActivityIds: z.array(entityIdSchema).max(10),
    /** An activity outside the catalog (a friend's walking group, a parish club…). */
    joinedOther: z.string().trim().min(1).max(200).optional(),
    whatChanged: z.string().trim().min(3).max(1000),
  })
  .strict();
export type ReferralOutcome = z.infer<typeof referralOutcomeSchema>;

export const transitionReferralInputSchema = z
  .object({
    ...versionedReferralSchema,
    to: referralStateSchema,
    reason: z.string().trim().min(3).max(500).optional(),
    reasonCode: referralReasonCodeSchema.optional(),
    /** Required when `to` is completed. */
    outcome: referralOutcomeSchema.optional(),
  })
  .strict()
  .refine((input) => input.to !== 'completed' || input.outcome, { message: 'tell what the client joined and what changed', path: ['outcome'] })
  .refine((input) => input.to !== 'rejected' || input.reasonCode, { message: 'choose why the referral is rejected', path: ['reasonCode'] });
export type TransitionReferralInput = z.infer<typeof transitionReferralInputSchema>;

/** One step of the referral's history: who moved it, when, from where to where, and why. */
export const referralHistoryEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  role: z.string(),
  from: referralStateSchema.nullable(),
  to: referralStateSchema,
  reason: z.string().optional(),
  reasonCode: referralReasonCodeSchema.optional(),
});
export type ReferralHistoryEntry = z.infer<typeof referralHistoryEntrySchema>;

export class ReferralNotFoundError extends DomainError {
  override readonly name = 'ReferralNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly referralId: string) {
    super(`No referral ${referralId} that you may see.`);
  }
}

export class NotAWellbeingReferralError extends DomainError {
  override readonly name = 'NotAWellbeingReferralError';
  readonly kind = 'invalid';
  constructor() {
    super('This is not a wellbeing referral: a client in acute crisis or in clear need of professional care is referred to care services, not to a link worker.');
  }
}

export class ReferralInputRefusedError extends DomainError {
  override readonly name = 'ReferralInputRefusedError';
  readonly kind = 'invalid';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`Invalid input: ${field}: ${detail}`);
  }
}

export class LinkWorkerCapacityError extends DomainError {
  override readonly name = 'LinkWorkerCapacityError';
  readonly kind = 'conflict';
  constructor(readonly linkWorkerId: string) {
    super(`Link worker ${linkWorkerId} has no free capacity; choose another link worker or close a referral first.`);
  }
}

export class ReferralNotTakeableError extends DomainError {
  override readonly name = 'ReferralNotTakeableError';
  readonly kind = 'conflict';
  constructor(readonly referralId: string) {
    super(`Referral ${referralId} is no longer waiting in your queue.`);
  }
}

export class LinkWorkerNotFoundError extends DomainError {
  override readonly name = 'LinkWorkerNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly linkWorkerId: string) {
    super(`No link worker profile for ${linkWorkerId} in this county.`);
  }
}

export class ReferralActionForbiddenError extends DomainError {
  override readonly name = 'ReferralActionForbiddenError';
  readonly kind = 'forbidden';
  constructor(readonly action: string) {
    super(`Only the referring professional or the assigned link worker may ${action} on this referral.`);
  }
}
