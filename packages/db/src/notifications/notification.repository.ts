import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import { notificationItemSchema, outboxPartition } from './notification.entity';

export const createNotificationRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** Newest first. */
  async list(cursor?: string): Promise<Page<ReturnType<typeof withoutStorageAttributes<ReturnType<typeof notificationItemSchema.parse>>>>> {
    const page = await gateway.queryPage({ schema: notificationItemSchema, partition: outboxPartition(tenantId), limit: 50, cursor, newestFirst: true });
    return { ...page, items: page.items.map(withoutStorageAttributes) };
  },
});
