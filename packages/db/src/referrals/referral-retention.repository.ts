import type { TableGateway, TransactOperation } from '../table-gateway';
import { closedMarkerItemSchema } from './referral-records.entity';
import { closedReferralsPartition, referralIndexesOf, referralKeyOf, referralPartition, referralPartitionItemSchema, type ReferralRecord } from './referral.entity';
import { auditOperation } from './referral.repository';

export interface ClosedReferral {
  referralId: string;
  closedAt: string;
}

const chunk = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));

/** What stays of a referral once its personal data is gone: the workflow facts, no person. */
const redacted: Partial<Record<keyof ReferralRecord, unknown>> = {
  client: undefined,
  note: undefined,
  needsOther: undefined,
  outcome: undefined,
  hiddenScores: undefined,
  personalDataRemoved: true,
};

/** Finds closed referrals past retention through the per-tenant closed index and removes their personal data. */
export const createReferralRetentionRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** Closed before `cutoff` (ISO time), oldest first; the index holds only those not yet cleaned. */
  async closedBefore(cutoff: string, limit = 100): Promise<ClosedReferral[]> {
    const page = await gateway.queryPage({ schema: closedMarkerItemSchema, partition: closedReferralsPartition(tenantId), limit });
    return page.items.filter((item) => item.closedAt < cutoff).map(({ referralId, closedAt }) => ({ referralId, closedAt }));
  },

  /**
   * Deletes the history, contacts and measures (free text and answers), strips the referral of the
   * client's details, and drops the closed-index entry; the statistics and audit items stay.
   */
  async removePersonalData({ referralId, closedAt }: ClosedReferral, now: string): Promise<void> {
    const { items } = await gateway.queryPage({ schema: referralPartitionItemSchema, partition: referralPartition(tenantId, referralId), limit: 1000 });
    const referral = items.find((item) => item.entity === 'referral');
    const details = items.filter((item) => item.entity !== 'referral');
    for (const part of chunk(details, 90)) {
      await gateway.transact(part.map((item): TransactOperation => ({ kind: 'delete', key: { pk: item.pk, sk: item.sk }, expectedVersion: item.version })));
    }
    const finish: TransactOperation[] = [
      { kind: 'delete', key: { pk: closedReferralsPartition(tenantId), sk: `${closedAt}#${referralId}` } },
      auditOperation(tenantId, { at: now, userId: 'retention', role: 'system', referralId, action: 'retention', detail: 'personal data removed after the retention period' }, now),
    ];
    if (referral?.entity === 'referral') {
      const changes = { ...redacted, ...referralIndexesOf(tenantId, referral, referral.createdAt) };
      finish.push({ kind: 'update', now, key: referralKeyOf(tenantId, referralId), expectedVersion: referral.version, changes });
    }
    await gateway.transact(finish);
  },
});
