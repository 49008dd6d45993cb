import { referralStates } from '@linkki/domain';
import { publishedPartition, publishedShardCount } from '../catalog/activity.entity';
import { allReferralsPartition } from '../referrals/referral.entity';
import type { TableGateway } from '../table-gateway';
import { staffIndexPartition } from '../users/staff.entity';

/**
 * A county's daily figures, each counted on an index the features already keep, with
 * `Select: COUNT`: no item (and no one's personal data) is ever returned, only how many there are.
 */
export const createCountyFiguresRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** Members whose status is active; memberships older than statuses have none and are active. */
  activeStaff(): Promise<number> {
    return gateway.count({ index: 'gsi1', partition: staffIndexPartition(tenantId), where: { attribute: 'status', equals: 'active', orAbsent: true } });
  },

  /** Published activities: the sparse published index, its shards counted in parallel. */
  async listings(): Promise<number> {
    const shards = await Promise.all(Array.from({ length: publishedShardCount }, (_, shard) => gateway.count({ index: 'gsi2', partition: publishedPartition(tenantId, shard) })));
    return shards.reduce((total, count) => total + count, 0);
  },

  /**
   * Referrals created on `day` (UTC): the coordinators' index sorts by state, then creation time,
   * so the day of each state is one key range; what a referral's state is now does not matter.
   */
  async referralsCreatedOn(day: string): Promise<number> {
    const perState = await Promise.all(referralStates.map((state) => gateway.count({ index: 'gsi3', partition: allReferralsPartition(tenantId), sortKeyBeginsWith: `${state}#${day}T` })));
    return perState.reduce((total, count) => total + count, 0);
  },
});
