import { addMeasureTotals, noMeasureTotals, reportMeasureTotalsOf } from '@linkki/domain';
import type { TableGateway, TransactOperation } from '../table-gateway';
import { closedMarkerItemSchema, measureTotalsItemSchema, measureTotalsKeyOf, statisticsItemSchema, statisticsKeyOf } from './referral-records.entity';
import { closedReferralsPartition, noMeasures, referralIndexesOf, referralKeyOf, referralPartition, referralPartitionItemSchema, type ReferralRecord } from './referral.entity';
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
  measures: noMeasures,
  personalDataRemoved: true,
};

/** The statistics' score attributes, removed once the scores have moved into the month's totals. */
const scoreAttributes = { swemwbsStart: undefined, swemwbsEnd: undefined, participationStart: undefined, participationEnd: undefined };

/**
 * Moves the referral's scores out of its statistics into the month's totals (see
 * `measureTotalsPartition`): the statistics lose them, the totals gain them, in the same
 * transaction as the rest of the removal, so a rerun cannot count them twice.
 */
const scoresToTotals = async ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }, referralId: string, month: string, now: string): Promise<TransactOperation[]> => {
  const statistics = await gateway.get(statisticsKeyOf(tenantId, month, referralId), statisticsItemSchema, { consistent: true });
  if (!statistics) return [];
  const operations: TransactOperation[] = [{ kind: 'update', now, key: statisticsKeyOf(tenantId, month, referralId), expectedVersion: statistics.version, changes: scoreAttributes }];
  const added = reportMeasureTotalsOf([statistics]);
  if (added.swemwbs.people + added.participation.people === 0) return operations;
  const key = measureTotalsKeyOf(tenantId, month);
  const current = await gateway.get(key, measureTotalsItemSchema, { consistent: true });
  const totals = {
    swemwbs: addMeasureTotals(current?.swemwbs ?? noMeasureTotals, added.swemwbs),
    participation: addMeasureTotals(current?.participation ?? noMeasureTotals, added.participation),
  };
  operations.push(
    current ? { kind: 'update', now, key, expectedVersion: current.version, changes: totals } : { kind: 'create', now, item: { ...key, entity: 'referralMeasureTotals', month, ...totals } },
  );
  return operations;
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
   * client's details and scores, and drops the closed-index entry; the statistics (without scores),
   * the month's score totals and the audit items stay.
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
      auditOperation(
        tenantId,
        { at: now, userId: 'retention', role: 'system', referralId, purpose: 'retention', action: 'retention', detail: 'personal data removed after the retention period' },
        now,
      ),
    ];
    if (referral?.entity === 'referral') {
      const changes = { ...redacted, ...referralIndexesOf(tenantId, referral, referral.createdAt) };
      finish.push({ kind: 'update', now, key: referralKeyOf(tenantId, referralId), expectedVersion: referral.version, changes });
      finish.push(...(await scoresToTotals({ gateway, tenantId }, referralId, referral.createdAt.slice(0, 7), now)));
    }
    await gateway.transact(finish);
  },
});
