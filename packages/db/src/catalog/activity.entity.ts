import { activityContentSchema, entityIdSchema, listingStatusSchema, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const activityKeyOf = (tenantId: string, activityId: string) => ({
  pk: tenantKey(tenantId, 'ACT', activityId),
  sk: sortKey('ACT'),
});

/** A proposed change waiting for a coordinator, kept beside the listing so the live one stays as it is. */
export const moderationKeyOf = (tenantId: string, activityId: string) => ({
  pk: tenantKey(tenantId, 'ACT', activityId),
  sk: sortKey('MODERATION'),
});

/**
 * The published set is spread over a few index partitions so a cold search index can read them
 * in parallel; an activity's shard follows from its id.
 */
export const publishedShardCount = 8;

export const publishedShardOf = (activityId: string): number => {
  let hash = 0;
  for (const character of activityId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % publishedShardCount;
};

export const publishedPartition = (tenantId: string, shard: number) => tenantKey(tenantId, 'PUBLISHED', String(shard));
export const changeFeedPartition = (tenantId: string) => tenantKey(tenantId, 'ACT-CHANGES');
export const moderationQueuePartition = (tenantId: string) => tenantKey(tenantId, 'MODERATION');
export const organisationActivitiesPartition = (tenantId: string, organisationId: string) => tenantKey(tenantId, 'ORG', organisationId, 'ACTS');

/**
 * Index keys of an activity: by organisation (gsi1), the published set the search loads (gsi2,
 * sparse: only while published) and the change feed that keeps warm search indexes fresh (gsi3).
 */
export const activityIndexesOf = (tenantId: string, activity: { id: string; organisationId: string; status: string }, now: string) => ({
  gsi1pk: organisationActivitiesPartition(tenantId, activity.organisationId),
  gsi1sk: activity.id,
  gsi2pk: activity.status === 'published' ? publishedPartition(tenantId, publishedShardOf(activity.id)) : undefined,
  gsi2sk: activity.status === 'published' ? activity.id : undefined,
  gsi3pk: changeFeedPartition(tenantId),
  gsi3sk: `${now}#${activity.id}`,
});

export const activityRecordSchema = z.object({
  id: entityIdSchema,
  status: listingStatusSchema,
  content: activityContentSchema,
  lastVerifiedAt: z.string(),
  publishedAt: z.string().optional(),
  rejectionReason: z.string().optional(),
  /** True while a proposed change waits in the moderation queue. */
  awaitingModeration: z.boolean(),
  createdBy: userIdSchema,
  updatedBy: userIdSchema,
});

export const activityItemSchema = storedItemSchema.extend(activityRecordSchema.shape).extend({ entity: z.literal('activity') });
export type ActivityItem = z.infer<typeof activityItemSchema>;

export const moderationItemSchema = storedItemSchema.extend({
  entity: z.literal('moderation'),
  activityId: entityIdSchema,
  organisationId: entityIdSchema,
  /** The change an editor proposed to a published listing; absent when a new listing waits for approval. */
  proposed: activityContentSchema.optional(),
  submittedBy: userIdSchema,
  submittedAt: z.string(),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;
