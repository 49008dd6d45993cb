/** The Act on the Provision of Digital Services (306/2019, section 15) gives the county 14 days to answer. */
export const feedbackAnswerDays = 14;

/**
 * How long answered feedback (and the email address in it) is kept: long enough for a resident's
 * follow-up or a request for clarification from the supervisory authority, then deleted by the table's TTL.
 */
export const answeredFeedbackRetentionDays = 180;

const dayMs = 24 * 60 * 60 * 1000;

/** The day the answer is due: 14 days from receipt, as a date (the law counts days, not hours). */
export const feedbackDueOn = (receivedAt: string): string => new Date(new Date(receivedAt).getTime() + feedbackAnswerDays * dayMs).toISOString().slice(0, 10);

/** Unanswered after the due day has passed. */
export const isFeedbackOverdue = (feedback: { status: 'new' | 'answered'; dueOn: string }, now: Date): boolean => feedback.status === 'new' && now.toISOString().slice(0, 10) > feedback.dueOn;

/** Epoch seconds at which the table deletes answered feedback. */
export const answeredFeedbackExpiresAt = (answeredAt: string): number => Math.floor(new Date(answeredAt).getTime() / 1000) + answeredFeedbackRetentionDays * 24 * 60 * 60;
