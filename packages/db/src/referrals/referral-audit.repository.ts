import type { AccessLogQuery } from '@linkki/domain';
import { withoutStorageAndMeta } from '../stored-item.schema';
import type { IndexName } from '../table';
import type { Page, TableGateway } from '../table-gateway';
import { auditOperation } from './referral.repository';
import { type AccessRecord, accessByDayPartition, accessByUserPartition, accessItemSchema, type AuditRecord, auditItemSchema, auditPartition } from './referral-records.entity';

/** DynamoDB's limit of writes in one transaction. */
const transactionLimit = 100;

const chunk = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));

/** Where one kind of access-log search reads: a client's trail, a user's index partition or a day's. */
const searchTarget = (tenantId: string, query: AccessLogQuery): { index?: IndexName; partition: string } => {
  switch (query.by) {
    case 'client':
      return { partition: auditPartition(tenantId, query.referralId) };
    case 'user':
      return { index: 'gsi1', partition: accessByUserPartition(tenantId, query.userId) };
    case 'day':
      return { index: 'gsi2', partition: accessByDayPartition(tenantId, query.day) };
  }
};

/** Appends and reads access records; there is deliberately no update or delete here. */
export const createReferralAuditRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** For reads, which change nothing else: the record is its own write. */
  async append(record: AccessRecord): Promise<void> {
    await gateway.transact([auditOperation(tenantId, record, record.at)]);
  },

  /** One record per client of a listing; a page of 50 is one transaction. */
  async appendAll(records: readonly AccessRecord[]): Promise<void> {
    for (const part of chunk(records, transactionLimit)) await gateway.transact(part.map((record) => auditOperation(tenantId, record, record.at)));
  },

  async trail(referralId: string, cursor?: string): Promise<Page<AuditRecord>> {
    const page = await gateway.queryPage({ schema: auditItemSchema, partition: auditPartition(tenantId, referralId), limit: 100, cursor });
    return { items: page.items.map((item) => withoutStorageAndMeta(item) as AuditRecord), nextCursor: page.nextCursor };
  },

  /** The county's access log by client, user or day, newest first. */
  async search(query: AccessLogQuery, cursor?: string, limit = 50): Promise<Page<AccessRecord>> {
    const page = await gateway.queryPage({ schema: accessItemSchema, ...searchTarget(tenantId, query), limit, cursor, newestFirst: true });
    return { items: page.items.map((item) => withoutStorageAndMeta(item) as AccessRecord), nextCursor: page.nextCursor };
  },
});
