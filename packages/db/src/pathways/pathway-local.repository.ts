import type { FeedbackCounts, LocalAddition } from '@linkki/domain';
import { ItemAlreadyExistsError } from '../errors';
import { storedItemSchema, withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import {
  type AdditionItem,
  additionItemSchema,
  additionKeyOf,
  pathwayCommentItemSchema,
  pathwayCommentKeyOf,
  feedbackRequestKeyOf,
  feedbackRequestRetentionSeconds,
  pathwayNewsItemSchema,
  pathwayNewsPartition,
  stageStatsItemSchema,
  stageStatsKeyOf,
  tenantPathwayPartition,
} from './pathway-local.entity';

export type StoredAddition = ReturnType<typeof toAddition>;
const toAddition = (item: AdditionItem) => withoutStorageAttributes(item);

/** A pathway never has more stages than this times the local additions a county attaches. */
const additionsPageSize = 500;

export interface StageFeedback {
  feedbackId: string;
  stageId: string;
  helpful: boolean;
  comment?: string | undefined;
  now: string;
}

/** One county's side of the national pathways: local additions, feedback, counters and news. */
export const createPathwayLocalRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** Every local addition of the pathway in one Query. */
  async additions(pathwayId: string): Promise<StoredAddition[]> {
    const page = await gateway.queryPage({ schema: additionItemSchema, partition: tenantPathwayPartition(tenantId, pathwayId), sortKeyBeginsWith: 'LOCAL#', limit: additionsPageSize });
    return page.items.map(toAddition);
  },

  async addition(pathwayId: string, additionId: string): Promise<StoredAddition | null> {
    const item = await gateway.get(additionKeyOf(tenantId, pathwayId, additionId), additionItemSchema);
    return item ? toAddition(item) : null;
  },

  /** The addition as stored; null when the id is taken (a retried add). */
  async add(addition: LocalAddition): Promise<StoredAddition | null> {
    const item = { ...additionKeyOf(tenantId, addition.pathwayId, addition.id), entity: 'pathwayLocalAddition', ...addition };
    try {
      return toAddition(additionItemSchema.parse({ ...item, ...(await gateway.putNew(item)) }));
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return null;
      throw error;
    }
  },

  async move(pathwayId: string, additionId: string, expectedVersion: number, stageId: string): Promise<StoredAddition> {
    return toAddition(await gateway.updateVersioned(additionKeyOf(tenantId, pathwayId, additionId), expectedVersion, { stageId }, additionItemSchema));
  },

  async remove(pathwayId: string, additionId: string, expectedVersion: number): Promise<void> {
    await gateway.transact([{ kind: 'delete', key: additionKeyOf(tenantId, pathwayId, additionId), expectedVersion }]);
  },

  /** The marker and the comment (if any) together; false when the feedback was already received. */
  /** Whether feedback with this id was already received: a retry is answered before any limit counts it. */
  async hasFeedback(pathwayId: string, feedbackId: string): Promise<boolean> {
    return (await gateway.get(feedbackRequestKeyOf(tenantId, pathwayId, feedbackId), storedItemSchema, { consistent: true })) !== null;
  },

  async recordFeedback(pathwayId: string, feedback: StageFeedback): Promise<boolean> {
    const { feedbackId, stageId, helpful, comment, now } = feedback;
    const expiresAt = Math.floor(new Date(now).getTime() / 1000) + feedbackRequestRetentionSeconds;
    try {
      await gateway.transact([
        { kind: 'create', now, item: { ...feedbackRequestKeyOf(tenantId, pathwayId, feedbackId), entity: 'pathwayFeedbackRequest', expiresAt } },
        ...(comment ? [{ kind: 'create' as const, now, item: { ...pathwayCommentKeyOf(tenantId, pathwayId, now, feedbackId), entity: 'pathwayComment', stageId, helpful, comment } }] : []),
      ]);
      return true;
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return false;
      throw error;
    }
  },

  async count(pathwayId: string, stageId: string, increments: Partial<FeedbackCounts>): Promise<void> {
    await gateway.addCounters(stageStatsKeyOf(tenantId, pathwayId, stageId), increments, { entity: 'pathwayStageStats', stageId });
  },

  async stageCounts(pathwayId: string): Promise<Map<string, Partial<FeedbackCounts>>> {
    const page = await gateway.queryPage({ schema: stageStatsItemSchema, partition: tenantPathwayPartition(tenantId, pathwayId), sortKeyBeginsWith: 'STATS#', limit: 100 });
    return new Map(page.items.map((item) => [item.stageId, item]));
  },

  /** Comments newest first. */
  async comments(pathwayId: string, cursor?: string) {
    const page = await gateway.queryPage({
      schema: pathwayCommentItemSchema,
      partition: tenantPathwayPartition(tenantId, pathwayId),
      sortKeyBeginsWith: 'COMMENT#',
      limit: 50,
      cursor,
      newestFirst: true,
    });
    return { ...page, items: page.items.map(({ stageId, helpful, comment, createdAt }) => ({ stageId, helpful, comment, createdAt })) };
  },

  /** News of national versions, newest first. */
  async news(cursor?: string): Promise<Page<ReturnType<typeof pathwayNewsItemSchema.parse>>> {
    return gateway.queryPage({ schema: pathwayNewsItemSchema, partition: pathwayNewsPartition(tenantId), limit: 50, cursor, newestFirst: true });
  },
});

export type PathwayLocalRepository = ReturnType<typeof createPathwayLocalRepository>;
