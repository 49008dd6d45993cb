import { feedIndexPartition, type FeedIndexRead, feedWindowFor, readFeedIndex, type TableGateway } from '@linkki/db';
import { type FeedSelection, isUnnarrowed, matchesFeedSelection, networkTagIds, postKinds, wellbeingCounties } from '@linkki/domain';

export const feedPageSize = 20;

/**
 * Expected shares of the posts one filter matches, for sizing the first window of a merged read:
 * a post has about two of the tags, one of the regions (the counties and `national`) and one kind.
 * A wrong guess costs read units or a short first page, never a post: the cursor learns the real share.
 */
const expectedShare = {
  tag: 2 / networkTagIds.length,
  region: 1 / (wellbeingCounties.length + 1),
  kind: 1 / postKinds.length,
};

const expectedShareOf = (selection: FeedSelection): number => {
  const narrowed = isUnnarrowed(selection) ? 1 : 1 - (1 - expectedShare.tag) ** selection.tags.length * (1 - expectedShare.region) ** selection.regions.length;
  return narrowed * (selection.kind ? expectedShare.kind : 1);
};

/**
 * How a selection is read, always in one Query: a selection that is one index partition (the
 * whole feed, one kind, one tag or one region) reads that partition's page; any other (several
 * tags or regions, or a kind with them) reads a window of the merged feed and keeps its matches.
 * An empty followed feed reads nothing.
 */
export const feedReadOf = (selection: FeedSelection): FeedIndexRead | null => {
  const { tags, regions, kind } = selection;
  if (isUnnarrowed(selection)) {
    if (selection.followed) return null;
    return { partition: kind ? feedIndexPartition.kind(kind) : feedIndexPartition.all(), limit: feedPageSize };
  }
  const [only, ...others] = [...tags.map(feedIndexPartition.tag), ...regions.map(feedIndexPartition.region)];
  if (!kind && only && others.length === 0) return { partition: only, limit: feedPageSize };
  return {
    partition: feedIndexPartition.all(),
    limit: feedPageSize,
    firstWindow: feedWindowFor(expectedShareOf(selection), feedPageSize),
    keep: (descriptor) => matchesFeedSelection(selection, descriptor),
  };
};

/** One page of post ids of the selection, newest first: one Query, or none for an empty followed feed. */
export const readSelection = async (gateway: TableGateway, selection: FeedSelection, cursor?: string) => {
  const read = feedReadOf(selection);
  return read ? readFeedIndex(gateway, read, cursor) : { postIds: [], nextCursor: null };
};
