import { ItemVersionConflictError } from '../errors';
import type { TableGateway } from '../table-gateway';
import { feedDescriptorOf, feedIndexPartition, indexEntryItemSchema, postItemSchema, postKeyOf, storedDescriptorOf } from './network.entity';

const pageSize = 100;

/**
 * Copies each post's tags, region and kind onto its merged feed entry where an older write left
 * them out; returns how many entries it filled. Safe to run again: entries that have their
 * descriptor are passed over, and an edit writes the descriptor itself. (An edit landing between
 * this read of the post and its write can be overwritten with the tags before it, until the next
 * edit: run it before editing is open, as the local seed does at start.)
 */
export const backfillFeedDescriptors = async (gateway: TableGateway): Promise<number> => {
  let filled = 0;
  let cursor: string | undefined;
  do {
    const page = await gateway.queryPage({ schema: indexEntryItemSchema, index: 'gsi1', partition: feedIndexPartition.all(), limit: pageSize, cursor });
    const bare = page.items.filter((entry) => storedDescriptorOf(entry) === null);
    const posts = new Map(
      (
        await gateway.batchGet(
          bare.map((entry) => postKeyOf(entry.postId)),
          postItemSchema,
        )
      ).map((post) => [post.id, post]),
    );
    for (const entry of bare) {
      const post = posts.get(entry.postId);
      if (!post) continue;
      try {
        await gateway.updateVersioned({ pk: entry.pk, sk: entry.sk }, entry.version, { ...feedDescriptorOf(post) }, indexEntryItemSchema);
        filled += 1;
      } catch (error) {
        if (!(error instanceof ItemVersionConflictError)) throw error;
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return filled;
};
