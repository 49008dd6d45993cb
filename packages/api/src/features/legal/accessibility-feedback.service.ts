import { createHash } from 'node:crypto';
import { accessibilityFeedbackIdOf, createAccessibilityFeedbackRepository, type StoredAccessibilityFeedback, type TableGateway } from '@linkki/db';
import {
  AccessibilityFeedbackAlreadyAnsweredError,
  type AccessibilityFeedbackInput,
  AccessibilityFeedbackNotFoundError,
  answeredFeedbackExpiresAt,
  answeredFeedbackRetentionDays,
  feedbackAnswerDays,
  feedbackDueOn,
  isFeedbackOverdue,
  RateLimitExceededError,
  submissionWindowsOf,
} from '@linkki/domain';
import { type Submitter, withinAddressLimit } from '../../abuse/submission-limits';

/** How many reports one address may send in an hour: a person with several problems to report, not a flood. */
export const accessibilityFeedbackPerAddressPerHour = 5;

/** The marker of a client request id: the same id always gives the same hash, so a retry is recognised. */
const requestHashOf = (requestId: string): string => createHash('sha256').update(`a11y-feedback:${requestId}`).digest('base64url').slice(0, 22);

interface FeedbackContext {
  gateway: TableGateway;
  tenantId: string;
  now: Date;
}

const repositoryOf = ({ gateway, tenantId }: FeedbackContext) => createAccessibilityFeedbackRepository({ gateway, tenantId });

/** A resident's accessibility feedback; a retry with the same request id is answered once, not stored twice. */
export const sendAccessibilityFeedback = async (context: FeedbackContext & Omit<Submitter, 'limits'>, input: AccessibilityFeedbackInput) => {
  const { now } = context;
  const repository = repositoryOf(context);
  const answer = { received: true, answerDays: feedbackAnswerDays, retentionDays: answeredFeedbackRetentionDays };
  const requestHash = requestHashOf(input.requestId);
  // A retry of an accepted report is answered as before and counts nothing against the limit.
  if (await repository.wasReceived(requestHash)) return { ...answer, duplicate: true };
  if (!(await withinAddressLimit(context, 'accessibilityFeedback', accessibilityFeedbackPerAddressPerHour))) {
    throw new RateLimitExceededError(submissionWindowsOf(now, 60).secondsLeftInHour);
  }
  const receivedAt = now.toISOString();
  const feedback = {
    id: accessibilityFeedbackIdOf(receivedAt, requestHash.slice(0, 12)),
    problem: input.problem,
    location: input.location,
    ...(input.email ? { email: input.email, consentAt: receivedAt } : {}),
    receivedAt,
    dueOn: feedbackDueOn(receivedAt),
    status: 'new' as const,
  };
  const outcome = await repository.receive({ feedback, requestHash, now: receivedAt });
  return { ...answer, duplicate: outcome === 'duplicate' };
};

const withDeadline = (feedback: StoredAccessibilityFeedback, now: Date) => ({ ...feedback, overdue: isFeedbackOverdue(feedback, now) });

/** The county's feedback, newest first, each with whether its answer is overdue. */
export const accessibilityFeedbackQueue = async (context: FeedbackContext, cursor: string | undefined) => {
  const page = await repositoryOf(context).queue(context.now, cursor);
  return { ...page, items: page.items.map((feedback) => withDeadline(feedback, context.now)), retentionDays: answeredFeedbackRetentionDays };
};

/** Marks feedback answered at the version the coordinator saw; from then on its retention runs. */
export const markAccessibilityFeedbackAnswered = async (context: FeedbackContext & { userId: string }, { id, expectedVersion }: { id: string; expectedVersion: number }) => {
  const repository = repositoryOf(context);
  const current = await repository.find(id);
  if (!current) throw new AccessibilityFeedbackNotFoundError(id);
  // A stale version is the version check's conflict; an answer already given at this version is refused by name.
  if (current.status === 'answered' && current.version === expectedVersion) throw new AccessibilityFeedbackAlreadyAnsweredError(id);
  const answeredAt = context.now.toISOString();
  const answered = await repository.markAnswered({ id, expectedVersion, userId: context.userId, now: answeredAt, expiresAt: answeredFeedbackExpiresAt(answeredAt) });
  return withDeadline(answered, context.now);
};
