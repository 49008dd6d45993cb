import type { MemberRef, PostContent } from '@linkki/domain';
import { ItemAlreadyExistsError } from '../errors';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import {
  feedEntryOf,
  feedIndexPartition,
  feedPositionOf,
  indexEntryKeyOf,
  indexEntryOf,
  newPostStats,
  type PostItem,
  postItemSchema,
  postKeyOf,
  postPartition,
  type PostRecord,
  type PostStatsItem,
  postStatsItemSchema,
  postStatsKeyOf,
  revisionItemSchema,
  revisionKeyOf,
} from './network.entity';

/**
 * The single-filter index partitions a post is listed in (besides the merged feed, see `feedEntryOf`);
 * tags and kind come from its content, the region from its author.
 */
export const indexPartitionsOf = (post: Pick<PostRecord, 'content' | 'author'>): string[] => [
  feedIndexPartition.region(post.author.region),
  feedIndexPartition.kind(post.content.kind),
  ...post.content.tags.map((tag) => feedIndexPartition.tag(tag)),
];

const tagPartitions = (content: PostContent) => new Set(content.tags.map((tag) => feedIndexPartition.tag(tag)));

export interface StoredPost {
  post: PostItem;
  stats: PostStatsItem;
}

export type PostRevision = ReturnType<typeof withoutStorageAttributes<ReturnType<typeof revisionItemSchema.parse>>>;

/** Network posts with their counters, index entries and revisions; all through `tables.platform`. */
export const createNetworkPostRepository = (gateway: TableGateway) => ({
  /**
   * The post, its counters and its index entries in one transaction; 'duplicate' when the id is
   * taken (a retry). At most 2 + 1 + 2 + 6 tags = 11 items, far inside a transaction's 100.
   */
  async create(post: PostRecord, now: string): Promise<'created' | 'duplicate'> {
    const position = feedPositionOf(now, post.id);
    try {
      await gateway.transact([
        { kind: 'create', now, item: { ...postKeyOf(post.id), entity: 'networkPost', ...post } },
        { kind: 'create', now, item: { ...postStatsKeyOf(post.id), entity: 'networkPostStats', ...newPostStats(post.id) } },
        { kind: 'create', now, item: feedEntryOf(post, position) },
        ...indexPartitionsOf(post).map((partition): TransactOperation => ({ kind: 'create', now, item: indexEntryOf(post.id, partition, position) })),
      ]);
      return 'created';
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return 'duplicate';
      throw error;
    }
  },

  /** Posts with their counters in one BatchGetItem (up to 50 posts), in the order asked for; missing ones left out. */
  async many(postIds: readonly string[]): Promise<StoredPost[]> {
    if (postIds.length === 0) return [];
    const keys = postIds.flatMap((id) => [postKeyOf(id), postStatsKeyOf(id)]);
    const items = await gateway.batchGet(keys, postItemSchema.or(postStatsItemSchema));
    const posts = new Map(items.filter((item) => item.entity === 'networkPost').map((item) => [item.id, item]));
    const stats = new Map(items.filter((item) => item.entity === 'networkPostStats').map((item) => [item.postId, item]));
    return postIds.flatMap((id) => {
      const post = posts.get(id);
      const counters = stats.get(id);
      return post && counters ? [{ post, stats: counters }] : [];
    });
  },

  async byId(postId: string): Promise<StoredPost | null> {
    return (await this.many([postId]))[0] ?? null;
  },

  /**
   * Replaces the content if the post is still at `previous.version`, keeps the previous content
   * as a revision and moves the tag index entries and the merged feed entry's tags, all in one
   * transaction. The feed entry keeps its position, so a page already read never sees the post again.
   */
  async update({ previous, content, coAuthors, savedBy, now }: { previous: PostItem; content: PostContent; coAuthors: MemberRef[]; savedBy: MemberRef; now: string }) {
    const position = feedPositionOf(previous.createdAt, previous.id);
    const before = tagPartitions(previous.content);
    const after = tagPartitions(content);
    await gateway.transact([
      { kind: 'update', key: postKeyOf(previous.id), expectedVersion: previous.version, changes: { content, coAuthors }, now },
      {
        kind: 'create',
        now,
        item: {
          ...revisionKeyOf(previous.id, previous.version),
          entity: 'networkRevision',
          postId: previous.id,
          revision: previous.version,
          content: previous.content,
          coAuthors: previous.coAuthors,
          savedBy,
          savedAt: previous.updatedAt,
        },
      },
      ...[...before].filter((partition) => !after.has(partition)).map((partition): TransactOperation => ({ kind: 'delete', key: indexEntryKeyOf(previous.id, partition) })),
      ...[...after].filter((partition) => !before.has(partition)).map((partition): TransactOperation => ({ kind: 'create', now, item: indexEntryOf(previous.id, partition, position) })),
      // The version check on the post above guards this put: it replaces the entry only with the edit.
      { kind: 'replace', now, item: feedEntryOf({ ...previous, content }, position) },
    ]);
  },

  /** Earlier contents, newest first. */
  async history(postId: string, cursor?: string): Promise<Page<PostRevision>> {
    const page = await gateway.queryPage({ schema: revisionItemSchema, partition: postPartition(postId), sortKeyBeginsWith: 'REV#', limit: 50, cursor, newestFirst: true });
    return { ...page, items: page.items.map(withoutStorageAttributes) };
  },
});

export type NetworkPostRepository = ReturnType<typeof createNetworkPostRepository>;
