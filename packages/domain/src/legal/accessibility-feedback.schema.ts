import * as z from 'zod';
import { DomainError } from '../shared/errors';

/** A resident's report of an accessibility problem (Act 306/2019, section 15: the county answers within 14 days). */
export const accessibilityFeedbackInputSchema = z
  .object({
    /** Chosen by the client once per form; a retry with the same id is answered, not stored twice. */
    requestId: z.uuid(),
    /** What did not work. */
    problem: z.string().trim().min(1).max(2000),
    /** Where: the page, its address or the part of the service. */
    location: z.string().trim().min(1).max(300),
    /** Only for the answer; without it the feedback is anonymous. */
    email: z.email().max(200).optional(),
    /** Needed when an email is given: the resident agrees to it being kept for the answer. */
    consent: z.boolean().optional(),
  })
  .strict()
  .refine((input) => !input.email || input.consent === true, { message: 'consent is needed to keep your email address for the answer', path: ['consent'] });
export type AccessibilityFeedbackInput = z.infer<typeof accessibilityFeedbackInputSchema>;

export const accessibilityFeedbackStatusSchema = z.enum(['new', 'answered']);
export type AccessibilityFeedbackStatus = z.infer<typeof accessibilityFeedbackStatusSchema>;

export const markFeedbackAnsweredInputSchema = z.object({ id: z.string().min(1).max(100), expectedVersion: z.number().int().positive() }).strict();
export const feedbackQueueInputSchema = z.object({ cursor: z.string().max(1000).optional() }).strict();

export class AccessibilityFeedbackAlreadyAnsweredError extends DomainError {
  override readonly name = 'AccessibilityFeedbackAlreadyAnsweredError';
  readonly kind = 'conflict';
  constructor(readonly feedbackId: string) {
    super(`Feedback ${feedbackId} has already been answered.`);
  }
}

export class AccessibilityFeedbackNotFoundError extends DomainError {
  override readonly name = 'AccessibilityFeedbackNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly feedbackId: string) {
    super(`No accessibility feedback ${feedbackId} in this county.`);
  }
}
