import { randomUUID } from 'node:crypto';
import type { ReferralContact, ReferralHistoryEntry, ReferralState } from '@linkki/domain';
import { ItemAlreadyExistsError } from '../errors';
import { withoutStorageAndMeta } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import { linkWorkerLoadKeyOf } from './link-worker.entity';
import {
  allReferralsPartition,
  caseloadPartition,
  closedMarkerKeyOf,
  contactKeyOf,
  historyKeyOf,
  measureKeyOf,
  queuePartition,
  referralIndexesOf,
  referralItemSchema,
  referralKeyOf,
  referralPartition,
  referralPartitionItemSchema,
  type ReferralRecord,
  referralRecordSchema,
  referrerPartition,
} from './referral.entity';
import { type AccessRecord, type AuditRecord, accessKeysOf, type ReferralStatistics, statisticsKeyOf } from './referral-records.entity';

export type StoredReferral = ReferralRecord & { version: number; createdAt: string; updatedAt: string };

export interface ReferralBundle {
  referral: StoredReferral;
  history: ReferralHistoryEntry[];
  contacts: ReferralContact[];
}

export interface MeasureWrite {
  instrument: 'swemwbs' | 'participation';
  phase: 'start' | 'end';
  items: number[];
  score: number;
  filledBy: 'client' | 'professional' | 'linkWorker';
  recordedAt: string;
}

/** A change of the link worker's open-referral counter, conditional on the version read. */
export interface LoadWrite {
  userId: string;
  expectedVersion: number;
  activeCount: number;
}

/** Everything one change of a referral writes, in one transaction. */
export interface ReferralCommit {
  expectedVersion: number;
  next: ReferralRecord;
  createdAt: string;
  now: string;
  audit: AuditRecord;
  statistics: ReferralStatistics;
  history?: ReferralHistoryEntry;
  contact?: ReferralContact;
  measure?: MeasureWrite;
  /** Put when the change closes the referral, so the retention run finds it. */
  closedAt?: string;
  loads?: LoadWrite[];
}

const recordAttributes = Object.keys(referralRecordSchema.shape) as (keyof ReferralRecord)[];

/** Every record attribute, absent ones as undefined so the update removes them. */
const changesOf = (record: ReferralRecord): Record<string, unknown> => Object.fromEntries(recordAttributes.map((attribute) => [attribute, record[attribute]]));

const toStored = (item: ReturnType<typeof referralItemSchema.parse>): StoredReferral => ({
  ...(withoutStorageAndMeta(item) as ReferralRecord),
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

/** Creates one access record (never updated or deleted), indexed by client, user and day. */
export const auditOperation = (tenantId: string, audit: AccessRecord, now: string): TransactOperation => ({
  kind: 'create',
  now,
  item: { ...accessKeysOf(tenantId, audit, randomUUID().slice(0, 8)), entity: 'referralAudit', ...audit },
});

const loadOperation = (tenantId: string, load: LoadWrite, now: string): TransactOperation =>
  load.expectedVersion === 0
    ? { kind: 'create', now, item: { ...linkWorkerLoadKeyOf(tenantId, load.userId), entity: 'linkWorkerLoad', activeCount: load.activeCount } }
    : { kind: 'update', now, key: linkWorkerLoadKeyOf(tenantId, load.userId), expectedVersion: load.expectedVersion, changes: { activeCount: load.activeCount } };

const sideOperations = (tenantId: string, commit: ReferralCommit, version: number): TransactOperation[] => {
  const { next, now } = commit;
  const operations: TransactOperation[] = [
    auditOperation(tenantId, commit.audit, now),
    { kind: 'replace', now, item: { ...statisticsKeyOf(tenantId, commit.statistics.month, next.id), entity: 'referralStatistics', ...commit.statistics } },
  ];
  if (commit.history) operations.push({ kind: 'create', now, item: { ...historyKeyOf(tenantId, next.id, version), entity: 'referralHistory', ...commit.history } });
  if (commit.contact) operations.push({ kind: 'create', now, item: { ...contactKeyOf(tenantId, next.id, version), entity: 'referralContact', ...commit.contact } });
  if (commit.measure)
    operations.push({ kind: 'create', now, item: { ...measureKeyOf(tenantId, next.id, commit.measure.instrument, commit.measure.phase), entity: 'referralMeasure', ...commit.measure } });
  if (commit.closedAt)
    operations.push({ kind: 'create', now, item: { ...closedMarkerKeyOf(tenantId, commit.closedAt, next.id), entity: 'referralClosed', referralId: next.id, closedAt: commit.closedAt } });
  for (const load of commit.loads ?? []) operations.push(loadOperation(tenantId, load, now));
  return operations;
};

const byNewest = { limit: 50, newestFirst: true } as const;

/** A tenant's referrals: each in its own partition with its history, contacts and measures. */
export const createReferralRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  async get(id: string): Promise<StoredReferral | null> {
    const item = await gateway.get(referralKeyOf(tenantId, id), referralItemSchema);
    return item ? toStored(item) : null;
  },

  /** The referral with its history and contacts: one Query of its partition (a second page only past 100 items). */
  async bundle(id: string): Promise<ReferralBundle | null> {
    const items: ReturnType<typeof referralPartitionItemSchema.parse>[] = [];
    let cursor: string | undefined;
    do {
      const page = await gateway.queryPage({ schema: referralPartitionItemSchema, partition: referralPartition(tenantId, id), limit: 100, cursor });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const referral = items.find((item) => item.entity === 'referral');
    if (!referral || referral.entity !== 'referral') return null;
    return {
      referral: toStored(referral),
      history: items.flatMap((item) => (item.entity === 'referralHistory' ? [withoutStorageAndMeta(item) as ReferralHistoryEntry] : [])),
      contacts: items.flatMap((item) => (item.entity === 'referralContact' ? [withoutStorageAndMeta(item) as ReferralContact] : [])),
    };
  },

  /** Creates the referral at version 1; 'duplicate' when a retry finds it already there. */
  async create(commit: Omit<ReferralCommit, 'expectedVersion'>): Promise<'created' | 'duplicate'> {
    const indexes = referralIndexesOf(tenantId, commit.next, commit.createdAt);
    try {
      await gateway.transact([
        { kind: 'create', now: commit.now, item: { ...referralKeyOf(tenantId, commit.next.id), entity: 'referral', ...commit.next, ...indexes } },
        ...sideOperations(tenantId, { ...commit, expectedVersion: 0 }, 1),
      ]);
      return 'created';
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return 'duplicate';
      throw error;
    }
  },

  /** Applies one change under the version the caller read; a concurrent change makes this one fail whole. */
  async commit(commit: ReferralCommit): Promise<void> {
    const version = commit.expectedVersion + 1;
    const changes = { ...changesOf(commit.next), ...referralIndexesOf(tenantId, commit.next, commit.createdAt) };
    await gateway.transact([
      { kind: 'update', now: commit.now, key: referralKeyOf(tenantId, commit.next.id), expectedVersion: commit.expectedVersion, changes },
      ...sideOperations(tenantId, commit, version),
    ]);
  },

  listByReferrer(userId: string, cursor?: string): Promise<Page<StoredReferral>> {
    return pageOf(gateway.queryPage({ schema: referralItemSchema, index: 'gsi1', partition: referrerPartition(tenantId, userId), cursor, ...byNewest }));
  },

  listCaseload(userId: string, cursor?: string): Promise<Page<StoredReferral>> {
    return pageOf(gateway.queryPage({ schema: referralItemSchema, index: 'gsi2', partition: caseloadPartition(tenantId, userId), cursor, ...byNewest }));
  },

  listQueue(municipality: string, cursor?: string): Promise<Page<StoredReferral>> {
    return pageOf(gateway.queryPage({ schema: referralItemSchema, index: 'gsi2', partition: queuePartition(tenantId, municipality), cursor, limit: 50 }));
  },

  listAll(state: ReferralState | undefined, cursor?: string): Promise<Page<StoredReferral>> {
    return pageOf(
      gateway.queryPage({ schema: referralItemSchema, index: 'gsi3', partition: allReferralsPartition(tenantId), sortKeyBeginsWith: state ? `${state}#` : undefined, cursor, ...byNewest }),
    );
  },
});

const pageOf = async (page: Promise<Page<ReturnType<typeof referralItemSchema.parse>>>): Promise<Page<StoredReferral>> => {
  const { items, nextCursor } = await page;
  return { items: items.map(toStored), nextCursor };
};

export type ReferralRepository = ReturnType<typeof createReferralRepository>;
