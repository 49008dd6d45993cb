import { withoutStorageAndMeta } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import { auditOperation } from './referral.repository';
import { type AuditRecord, auditItemSchema, auditPartition } from './referral-records.entity';

/** Appends and reads audit records; there is deliberately no update or delete here. */
export const createReferralAuditRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** For reads, which change nothing else: the record is its own write. */
  async append(record: AuditRecord): Promise<void> {
    await gateway.transact([auditOperation(tenantId, record, record.at)]);
  },

  async trail(referralId: string, cursor?: string): Promise<Page<AuditRecord>> {
    const page = await gateway.queryPage({ schema: auditItemSchema, partition: auditPartition(tenantId, referralId), limit: 100, cursor });
    return { items: page.items.map((item) => withoutStorageAndMeta(item) as AuditRecord), nextCursor: page.nextCursor };
  },
});
