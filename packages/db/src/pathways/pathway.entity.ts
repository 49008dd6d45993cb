import { changeSummarySchema, feedbackCountsSchema, pathwayContentSchema, pathwayIdSchema, stageIdSchema, tenantIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { nationalKey, sortKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/**
 * National pathways: one item collection `NATIONAL#PATHWAY#<id>` per pathway holds its draft, its
 * immutable numbered versions, a copy of the newest version (what every county reads in one
 * GetItem), publish-request markers and the national feedback counters. Reached only through
 * `tables.platform`.
 */
export const pathwayPartition = (pathwayId: string) => nationalKey('PATHWAY', pathwayId);
export const draftKeyOf = (pathwayId: string) => ({ pk: pathwayPartition(pathwayId), sk: sortKey('DRAFT') });
export const latestKeyOf = (pathwayId: string) => ({ pk: pathwayPartition(pathwayId), sk: sortKey('LATEST') });
export const versionKeyOf = (pathwayId: string, number: number) => ({ pk: pathwayPartition(pathwayId), sk: versionSortKey(number) });
export const versionSortKey = (number: number) => sortKey('V', String(number).padStart(6, '0'));
export const publishRequestKeyOf = (pathwayId: string, requestHash: string) => ({ pk: pathwayPartition(pathwayId), sk: sortKey('PUBLISHREQ', requestHash) });
export const nationalStatsKeyOf = (pathwayId: string, tenantId: string, stageId: string) => ({ pk: pathwayPartition(pathwayId), sk: sortKey('STATS', tenantId, stageId) });

/** gsi1 lists: every draft (the publisher's list) and every published pathway (the residents' list), by target group. */
export const draftsIndexPartition = () => nationalKey('PATHWAY-DRAFTS');
export const publishedIndexPartition = () => nationalKey('PATHWAYS');
export const pathwayIndexPosition = (targetGroup: string, pathwayId: string) => `${targetGroup}#${pathwayId}`;

export const draftRecordSchema = z.object({
  id: pathwayIdSchema,
  content: pathwayContentSchema,
  /** The number of the newest published version; 0 before the first. */
  publishedVersion: z.number().int().nonnegative(),
  updatedBy: z.string(),
});
export const draftItemSchema = storedItemSchema.extend(draftRecordSchema.shape).extend({ entity: z.literal('pathwayDraft') });
export type DraftItem = z.infer<typeof draftItemSchema>;

export const versionRecordSchema = z.object({
  pathwayId: pathwayIdSchema,
  number: z.number().int().positive(),
  changeSummary: changeSummarySchema,
  content: pathwayContentSchema,
  publishedAt: z.string(),
  publishedBy: z.string(),
});
export type PathwayVersion = z.infer<typeof versionRecordSchema>;

/** The immutable version; its INSERT on the table stream is what fans the news out to the counties. */
export const versionItemSchema = storedItemSchema.extend(versionRecordSchema.shape).extend({ entity: z.literal('pathwayVersion') });
export const latestItemSchema = storedItemSchema.extend(versionRecordSchema.shape).extend({ entity: z.literal('pathwayLatest') });

export const publishRequestItemSchema = storedItemSchema.extend({ entity: z.literal('pathwayPublishRequest'), number: z.number().int().positive() });

export const nationalStatsItemSchema = storedItemSchema.extend(feedbackCountsSchema.partial().shape).extend({
  entity: z.literal('pathwayNationalStats'),
  tenantId: tenantIdSchema,
  stageId: stageIdSchema,
});
