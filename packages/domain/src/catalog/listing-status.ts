import * as z from 'zod';
import { DomainError } from '../shared/errors';

export const listingStatuses = ['draft', 'pending', 'published', 'rejected', 'archived'] as const;
export const listingStatusSchema = z.enum(listingStatuses);
export type ListingStatus = z.infer<typeof listingStatusSchema>;

export const moderationActions = ['submit', 'approve', 'reject', 'archive', 'restore'] as const;
export type ModerationAction = (typeof moderationActions)[number];

/** The moderation workflow of a listing, in one table: action → from which states → to which. */
const transitions: Record<ModerationAction, { from: readonly ListingStatus[]; to: ListingStatus }> = {
  submit: { from: ['draft', 'rejected'], to: 'pending' },
  approve: { from: ['pending'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
  archive: { from: ['draft', 'pending', 'published', 'rejected'], to: 'archived' },
  restore: { from: ['archived'], to: 'draft' },
};

export class ListingTransitionError extends DomainError {
  override readonly name = 'ListingTransitionError';
  readonly kind = 'conflict';
  constructor(
    readonly action: ModerationAction,
    readonly status: ListingStatus,
  ) {
    super(`A listing that is ${status} cannot be given the action "${action}".`);
  }
}

/** The status after `action`, or a `ListingTransitionError` when the workflow does not allow it. */
export const nextListingStatus = (status: ListingStatus, action: ModerationAction): ListingStatus => {
  const transition = transitions[action];
  if (!transition.from.includes(status)) throw new ListingTransitionError(action, status);
  return transition.to;
};

/** Actions only a coordinator may take; editors may submit, archive and restore their own listings. */
export const coordinatorOnlyActions: readonly ModerationAction[] = ['approve', 'reject'];
