import type { NetworkFeedFilter, NetworkSettings } from './network-member.schema';
import type { PostKind } from './network-vocabulary';

/** What the feed's filters look at in a post: its tags, its author's region and its kind. */
export interface FeedDescriptor {
  tags: readonly string[];
  region: string;
  kind: PostKind;
}

/**
 * The posts a feed page lists: those with any of `tags` or from any of `regions` (every post when
 * both are empty and `followed` is false), of `kind` when one is given. A member who follows
 * nothing has an empty followed feed.
 */
export interface FeedSelection {
  tags: readonly string[];
  regions: readonly string[];
  kind: PostKind | undefined;
  followed: boolean;
}

/** The followed tags and regions stand in for the chosen ones when the filter asks for the followed feed. */
export const feedSelectionOf = (filter: NetworkFeedFilter, settings: NetworkSettings): FeedSelection => ({
  tags: filter.followed ? settings.followedTags : (filter.tags ?? []),
  regions: filter.followed ? settings.followedRegions : (filter.regions ?? []),
  kind: filter.kind,
  followed: filter.followed ?? false,
});

/** True when the selection names no tag and no region: every post (of the kind) is in it, unless it is an empty followed feed. */
export const isUnnarrowed = (selection: FeedSelection): boolean => selection.tags.length === 0 && selection.regions.length === 0;

/** The one rule of what a feed lists; applied to index entries before the posts are read and to the posts read. */
export const matchesFeedSelection = (selection: FeedSelection, post: FeedDescriptor): boolean => {
  if (selection.kind && post.kind !== selection.kind) return false;
  if (isUnnarrowed(selection)) return !selection.followed;
  return selection.regions.includes(post.region) || post.tags.some((tag) => selection.tags.includes(tag));
};
