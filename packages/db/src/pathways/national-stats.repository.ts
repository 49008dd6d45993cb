import type { FeedbackCounts } from '@linkki/domain';
import type { TableGateway } from '../table-gateway';
import { nationalStatsItemSchema, nationalStatsKeyOf, pathwayPartition } from './pathway.entity';

/**
 * Anonymous counts per county and stage, kept beside the national pathway so Diabetesliitto reads
 * them in one Query however many counties there are, without any read of a county's partition.
 */
export const createNationalPathwayStatsRepository = (gateway: TableGateway) => ({
  async count(pathwayId: string, tenantId: string, stageId: string, increments: Partial<FeedbackCounts>): Promise<void> {
    await gateway.addCounters(nationalStatsKeyOf(pathwayId, tenantId, stageId), increments, { entity: 'pathwayNationalStats', tenantId, stageId });
  },

  /** Every county's counters of the pathway (22 counties × 12 stages fit in one page). */
  async all(pathwayId: string) {
    const page = await gateway.queryPage({ schema: nationalStatsItemSchema, partition: pathwayPartition(pathwayId), sortKeyBeginsWith: 'STATS#', limit: 1000 });
    return page.items;
  },
});
