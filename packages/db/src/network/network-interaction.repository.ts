import type { PostAuthor } from '@linkki/domain';
import { ItemAlreadyExistsError, ItemVersionConflictError } from '../errors';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { ItemKey, Page, TableGateway, TransactOperation } from '../table-gateway';
import {
  commentItemSchema,
  commentKeyOf,
  commentRequestKeyOf,
  type PostStatsItem,
  postPartition,
  postStatsItemSchema,
  postStatsKeyOf,
  reportedPartition,
  reportKeyOf,
  usefulMarkKeyOf,
} from './network.entity';

const attempts = 3;

/** What one interaction writes: items created alongside, and the counter changes it makes. */
interface StatsChange {
  creates: (ItemKey & Record<string, unknown>)[];
  changes: (stats: PostStatsItem) => Record<string, unknown>;
}

export type NetworkComment = ReturnType<typeof withoutStorageAttributes<ReturnType<typeof commentItemSchema.parse>>>;

/**
 * Comments, useful marks, reports and moderation. Each changes the post's counter item under its
 * version together with the items it creates, so a count never drifts from what it counts; a
 * concurrent change is retried on fresh counters, and a create that meets its own earlier item
 * (a retry, a second mark) changes nothing.
 */
export const createNetworkInteractionRepository = (gateway: TableGateway) => {
  const changeStats = async (postId: string, { creates, changes }: StatsChange, now: string): Promise<'done' | 'duplicate'> => {
    for (let attempt = 1; ; attempt += 1) {
      const stats = await gateway.get(postStatsKeyOf(postId), postStatsItemSchema);
      if (!stats) throw new ItemVersionConflictError(0);
      const operations: TransactOperation[] = [
        ...creates.map((item): TransactOperation => ({ kind: 'create', now, item })),
        { kind: 'update', key: postStatsKeyOf(postId), expectedVersion: stats.version, changes: changes(stats), now },
      ];
      try {
        await gateway.transact(operations);
        return 'done';
      } catch (error) {
        if (error instanceof ItemAlreadyExistsError) return 'duplicate';
        if (!(error instanceof ItemVersionConflictError) || attempt >= attempts) throw error;
      }
    }
  };

  return {
    addComment({ postId, commentId, body, author, now }: { postId: string; commentId: string; body: string; author: PostAuthor; now: string }) {
      return changeStats(
        postId,
        {
          creates: [
            { ...commentRequestKeyOf(postId, commentId), entity: 'networkCommentRequest' },
            { ...commentKeyOf(postId, now, commentId), entity: 'networkComment', id: commentId, postId, body, author },
          ],
          changes: (stats) => ({ commentCount: stats.commentCount + 1 }),
        },
        now,
      );
    },

    async comments(postId: string, cursor?: string): Promise<Page<NetworkComment>> {
      const page = await gateway.queryPage({ schema: commentItemSchema, partition: postPartition(postId), sortKeyBeginsWith: 'COMMENT#', limit: 50, cursor });
      return { ...page, items: page.items.map(withoutStorageAttributes) };
    },

    markUseful({ postId, member, now }: { postId: string; member: string; now: string }) {
      return changeStats(
        postId,
        {
          creates: [{ ...usefulMarkKeyOf(postId, member), entity: 'networkUsefulMark' }],
          changes: (stats) => ({ usefulCount: stats.usefulCount + 1 }),
        },
        now,
      );
    },

    /** One report per member; the post joins the moderation queue while it has open reports. */
    report({ postId, member, reason, now }: { postId: string; member: string; reason: string; now: string }) {
      return changeStats(
        postId,
        {
          creates: [{ ...reportKeyOf(postId, member), entity: 'networkReport', reason, reportedAt: now }],
          changes: (stats) => ({
            reportCount: stats.reportCount + 1,
            openReports: stats.openReports + 1,
            lastReportReason: reason,
            gsi2pk: reportedPartition(),
            gsi2sk: `${now}#${postId}`,
          }),
        },
        now,
      );
    },

    /** Hides or shows the post and settles its open reports (it leaves the queue). */
    moderate({ postId, hidden, reason, now }: { postId: string; hidden: boolean; reason?: string; now: string }) {
      return changeStats(
        postId,
        {
          creates: [],
          changes: () => ({ hidden, hiddenReason: hidden ? reason : undefined, hiddenAt: hidden ? now : undefined, openReports: 0, gsi2pk: undefined, gsi2sk: undefined }),
        },
        now,
      );
    },

    /** Posts with open reports, most recently reported first. */
    async reported(cursor?: string): Promise<Page<PostStatsItem>> {
      return gateway.queryPage({ schema: postStatsItemSchema, index: 'gsi2', partition: reportedPartition(), limit: 20, cursor, newestFirst: true });
    },
  };
};
