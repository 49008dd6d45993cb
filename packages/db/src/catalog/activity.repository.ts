import type { ActivityContent, ListingStatus } from '@linkki/domain';
import * as z from 'zod';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import {
  type ActivityItem,
  activityIndexesOf,
  activityItemSchema,
  activityKeyOf,
  changeFeedPartition,
  type ModerationItem,
  moderationItemSchema,
  moderationKeyOf,
  moderationQueuePartition,
  organisationActivitiesPartition,
  publishedPartition,
  publishedShardCount,
} from './activity.entity';

const changedActivitySchema = activityItemSchema.extend({ gsi3sk: z.string() });

export type Activity = ReturnType<typeof toActivity>;
const toActivity = (item: ActivityItem) => withoutStorageAttributes(item);
export type ModerationRequest = ReturnType<typeof toModeration>;
const toModeration = (item: ModerationItem) => withoutStorageAttributes(item);

export interface ActivityChange {
  /** The listing as the change finds it, at the version the write is conditional on. */
  activity: Activity;
  changes: Partial<Pick<Activity, 'status' | 'content' | 'publishedAt' | 'rejectionReason' | 'awaitingModeration' | 'lastVerifiedAt'>>;
  userId: string;
  /** The moderation request to put beside the listing, or to take away. */
  moderation?: { put: Omit<ModerationRequest, 'version' | 'createdAt' | 'updatedAt'> } | { remove: true };
}

const moderationItemOf = (tenantId: string, request: Omit<ModerationRequest, 'version' | 'createdAt' | 'updatedAt'>) => ({
  ...moderationKeyOf(tenantId, request.activityId),
  entity: 'moderation',
  ...request,
  gsi1pk: moderationQueuePartition(tenantId),
  gsi1sk: `${request.submittedAt}#${request.activityId}`,
});

/** A listing and its moderation request share a partition: one Query reads both. */
const listingPartItemSchema = z.discriminatedUnion('entity', [activityItemSchema, moderationItemSchema]);

/** A stored item read back as a listing: parsed by the item schema, so a listing built from a write reads as a GetItem would. */
const activityOfItem = (item: Record<string, unknown>): Activity => toActivity(activityItemSchema.parse(item));

/** A tenant's activities: the listing items, their moderation requests and the indexes the search reads. */
export const createActivityRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => {
  const nextState = (change: ActivityChange) => ({ ...change.activity, ...change.changes });
  /** The listing as a successful `apply` left it: changes applied (undefined removes), one version on. */
  const appliedState = (change: ActivityChange, now: string): Activity => {
    const next = { ...nextState(change), updatedBy: change.userId, version: change.activity.version + 1, updatedAt: now };
    const kept = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
    return activityOfItem({ ...activityKeyOf(tenantId, change.activity.id), entity: 'activity', ...kept });
  };
  const publishedPage = (shard: number, cursor?: string): Promise<Page<Activity>> =>
    gateway
      .queryPage({ schema: activityItemSchema, index: 'gsi2', partition: publishedPartition(tenantId, shard), limit: 1000, cursor })
      .then((page) => ({ ...page, items: page.items.map(toActivity) }));
  return {
    /** The activities of `ids` that exist, by id, in one read per hundred. */
    async byIds(ids: readonly string[]): Promise<Map<string, Activity>> {
      const items = ids.length
        ? await gateway.batchGet(
            [...new Set(ids)].map((id) => activityKeyOf(tenantId, id)),
            activityItemSchema,
          )
        : [];
      return new Map(items.map((item) => [item.id, toActivity(item)]));
    },

    /** `consistent` for the read a write's change is computed from. */
    async byId(id: string, { consistent = false } = {}): Promise<Activity | null> {
      const item = await gateway.get(activityKeyOf(tenantId, id), activityItemSchema, { consistent });
      return item ? toActivity(item) : null;
    },

    /** The listing with its moderation request, if one waits: one Query of their shared partition. */
    async withModeration(id: string): Promise<{ activity: Activity; moderation: ModerationRequest | null } | null> {
      const { pk } = activityKeyOf(tenantId, id);
      const page = await gateway.queryPage({ schema: listingPartItemSchema, partition: pk, limit: 2 });
      const activity = page.items.find((item) => item.entity === 'activity');
      const moderation = page.items.find((item) => item.entity === 'moderation');
      return activity ? { activity: toActivity(activity), moderation: moderation ? toModeration(moderation) : null } : null;
    },

    async moderationOf(id: string, { consistent = false } = {}): Promise<ModerationRequest | null> {
      const item = await gateway.get(moderationKeyOf(tenantId, id), moderationItemSchema, { consistent });
      return item ? toModeration(item) : null;
    },

    /**
     * Creates a listing and returns it; with status `pending` its moderation request is created in
     * the same transaction. `alongWith` go first in the transaction: other writes, or conditions.
     */
    async create(
      activity: { id: string; status: ListingStatus; content: ActivityContent; userId: string; lastVerifiedAt?: string },
      now = new Date().toISOString(),
      alongWith: readonly TransactOperation[] = [],
    ): Promise<Activity> {
      const pending = activity.status === 'pending';
      const record = {
        id: activity.id,
        status: activity.status,
        content: activity.content,
        lastVerifiedAt: activity.lastVerifiedAt ?? now,
        awaitingModeration: pending,
        createdBy: activity.userId,
        updatedBy: activity.userId,
        ...(activity.status === 'published' ? { publishedAt: now } : {}),
      };
      const item = { ...activityKeyOf(tenantId, activity.id), entity: 'activity', ...record, ...activityIndexesOf(tenantId, { ...record, organisationId: activity.content.organisationId }, now) };
      await gateway.transact([
        ...alongWith,
        { kind: 'create', now, item },
        ...(pending
          ? [
              {
                kind: 'create' as const,
                now,
                item: moderationItemOf(tenantId, { activityId: activity.id, organisationId: activity.content.organisationId, submittedBy: activity.userId, submittedAt: now }),
              },
            ]
          : []),
      ]);
      return activityOfItem({ ...item, version: 1, createdAt: now, updatedAt: now });
    },

    /**
     * Applies one change of a listing, with its moderation request, in one transaction conditional
     * on the version, and returns the listing as it left it. `conditions` go first in the transaction.
     */
    async apply(change: ActivityChange, now = new Date().toISOString(), conditions: readonly TransactOperation[] = []): Promise<Activity> {
      const next = nextState(change);
      const { id } = change.activity;
      const operations: TransactOperation[] = [
        ...conditions,
        {
          kind: 'update',
          key: activityKeyOf(tenantId, id),
          expectedVersion: change.activity.version,
          now,
          changes: { ...change.changes, updatedBy: change.userId, ...activityIndexesOf(tenantId, { id, organisationId: next.content.organisationId, status: next.status }, now) },
        },
      ];
      if (change.moderation && 'put' in change.moderation) {
        operations.push({ kind: 'replace', now, item: moderationItemOf(tenantId, change.moderation.put) });
      } else if (change.moderation) {
        operations.push({ kind: 'delete', key: moderationKeyOf(tenantId, id) });
      }
      await gateway.transact(operations);
      return appliedState(change, now);
    },

    listByOrganisation(organisationId: string, cursor?: string): Promise<Page<Activity>> {
      return gateway
        .queryPage({ schema: activityItemSchema, index: 'gsi1', partition: organisationActivitiesPartition(tenantId, organisationId), limit: 50, cursor })
        .then((page) => ({ ...page, items: page.items.map(toActivity) }));
    },

    moderationQueue(cursor?: string): Promise<Page<ModerationRequest>> {
      return gateway
        .queryPage({ schema: moderationItemSchema, index: 'gsi1', partition: moderationQueuePartition(tenantId), limit: 50, cursor })
        .then((page) => ({ ...page, items: page.items.map(toModeration) }));
    },

    /** Visits every published activity of the county, the shards read in parallel (builds a search index, finds stale listings). */
    async forEachPublished(visit: (activity: Activity) => void): Promise<void> {
      const readShard = async (shard: number) => {
        let cursor: string | undefined;
        do {
          const page = await publishedPage(shard, cursor);
          page.items.forEach(visit);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      };
      await Promise.all(Array.from({ length: publishedShardCount }, (_, shard) => readShard(shard)));
    },

    /** Activities changed after `watermark` (a change-feed sort key), oldest first. */
    changesSince(watermark: string, cursor?: string): Promise<Page<Activity & { changeKey: string }>> {
      return gateway
        .queryPage({ schema: changedActivitySchema, index: 'gsi3', partition: changeFeedPartition(tenantId), sortKeyAfter: watermark, limit: 500, cursor })
        .then((page) => ({ ...page, items: page.items.map((item) => ({ ...toActivity(item), changeKey: item.gsi3sk })) }));
    },
  };
};

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
