import type { Activity, ActivityChange } from '@linkki/db';
import { ListingTransitionError, type ModerationAction, ModerationReasonMissingError, nextListingStatus } from '@linkki/domain';
import type { ModerationRequest } from '@linkki/db';

/**
 * What a moderation action does to a listing and its moderation request. A published listing
 * with a proposed change is moderated as the proposal: approving applies it, rejecting drops it,
 * and the live listing stays published either way.
 */
export const changeForAction = (
  activity: Activity,
  moderation: ModerationRequest | null,
  { action, reason, userId, now }: { action: ModerationAction; reason?: string | undefined; userId: string; now: string },
): ActivityChange => {
  const base = { activity, userId };
  if (activity.status === 'published' && activity.awaitingModeration && (action === 'approve' || action === 'reject')) {
    if (action === 'reject' && !reason) throw new ModerationReasonMissingError();
    return action === 'approve'
      ? { ...base, changes: { content: moderation?.proposed ?? activity.content, awaitingModeration: false, rejectionReason: undefined, publishedAt: now }, moderation: { remove: true } }
      : { ...base, changes: { awaitingModeration: false, rejectionReason: reason }, moderation: { remove: true } };
  }
  const status = nextListingStatus(activity.status, action);
  switch (action) {
    case 'submit':
      return {
        ...base,
        changes: { status, awaitingModeration: true, rejectionReason: undefined },
        moderation: { put: { activityId: activity.id, organisationId: activity.content.organisationId, submittedBy: userId, submittedAt: now } },
      };
    case 'approve':
      return { ...base, changes: { status, awaitingModeration: false, publishedAt: now, rejectionReason: undefined }, moderation: { remove: true } };
    case 'reject':
      if (!reason) throw new ModerationReasonMissingError();
      return { ...base, changes: { status, awaitingModeration: false, rejectionReason: reason }, moderation: { remove: true } };
    case 'archive':
      return { ...base, changes: { status, awaitingModeration: false }, ...(activity.awaitingModeration ? { moderation: { remove: true } } : {}) };
    case 'restore':
      return { ...base, changes: { status } };
    default:
      throw new ListingTransitionError(action, activity.status);
  }
};
