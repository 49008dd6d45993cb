import { changeSummarySchema, feedbackCountsSchema, listingTextSchema, localAdditionSchema, pathwayIdSchema, stageIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';
import { pathwayNewsPartitionName } from './pathway-news.keys';

/**
 * A county's side of a pathway, in its own partition `T#<tenant>#PATHWAY#<id>`: the local
 * activities attached to stages, per-stage counters, anonymous comments and the markers that
 * make a retried feedback count once. One Query reads all local additions of a pathway.
 */
export const tenantPathwayPartition = (tenantId: string, pathwayId: string) => tenantKey(tenantId, 'PATHWAY', pathwayId);
export const additionKeyOf = (tenantId: string, pathwayId: string, additionId: string) => ({ pk: tenantPathwayPartition(tenantId, pathwayId), sk: sortKey('LOCAL', additionId) });
export const stageStatsKeyOf = (tenantId: string, pathwayId: string, stageId: string) => ({ pk: tenantPathwayPartition(tenantId, pathwayId), sk: sortKey('STATS', stageId) });
export const feedbackRequestKeyOf = (tenantId: string, pathwayId: string, feedbackId: string) => ({ pk: tenantPathwayPartition(tenantId, pathwayId), sk: sortKey('FEEDBACKREQ', feedbackId) });
export const pathwayCommentKeyOf = (tenantId: string, pathwayId: string, createdAt: string, feedbackId: string) => ({
  pk: tenantPathwayPartition(tenantId, pathwayId),
  sk: sortKey('COMMENT', `${createdAt}_${feedbackId}`),
});

export const additionItemSchema = storedItemSchema.extend(localAdditionSchema.shape).extend({ entity: z.literal('pathwayLocalAddition') });
export type AdditionItem = z.infer<typeof additionItemSchema>;

export const stageStatsItemSchema = storedItemSchema.extend(feedbackCountsSchema.partial().shape).extend({ entity: z.literal('pathwayStageStats'), stageId: stageIdSchema });

export const pathwayCommentItemSchema = storedItemSchema.extend({
  entity: z.literal('pathwayComment'),
  stageId: stageIdSchema,
  helpful: z.boolean(),
  comment: z.string(),
});

/** Markers are needed only while a client might still retry. */
export const feedbackRequestRetentionSeconds = 24 * 60 * 60;

/**
 * News of a published national version, in the county's own partition. The only item another
 * function writes into a county: the fan-out's policy allows no other partition or attribute.
 */
export const pathwayNewsPartition = (tenantId: string) => tenantKey(tenantId, pathwayNewsPartitionName);
export const pathwayNewsSchema = z
  .object({
    pathwayId: pathwayIdSchema,
    number: z.number().int().positive(),
    title: listingTextSchema(140),
    changeSummary: changeSummarySchema,
    publishedAt: z.iso.datetime(),
  })
  .strict();
export type PathwayNews = z.infer<typeof pathwayNewsSchema>;
export const pathwayNewsItemSchema = storedItemSchema.extend(pathwayNewsSchema.shape).extend({ entity: z.literal('pathwayNews') });

export const pathwayNewsItemOf = (tenantId: string, news: PathwayNews) => ({
  pk: pathwayNewsPartition(tenantId),
  sk: sortKey(news.publishedAt, news.pathwayId, String(news.number).padStart(6, '0')),
  entity: 'pathwayNews',
  ...pathwayNewsSchema.parse(news),
});
