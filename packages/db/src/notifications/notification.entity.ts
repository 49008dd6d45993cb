import * as z from 'zod';
import { tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';
import { outboxPartitionName } from './notification-delivery.keys';

/**
 * The outbox: a message waiting to be sent. In AWS a stream handler sends each new one by email;
 * locally the dev mailbox page shows them. Kept for 30 days.
 */
export const notificationSchema = z.object({
  id: z.string(),
  to: z.array(z.email()).min(1),
  subject: z.string().min(1).max(200),
  body: z.string().min(1).max(5000),
  /** What caused it, e.g. `contactRequest`. */
  topic: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const outboxPartition = (tenantId: string) => tenantKey(tenantId, outboxPartitionName);

export const notificationRetentionSeconds = 30 * 24 * 60 * 60;

export const notificationItemOf = (tenantId: string, notification: Notification, now: string) => ({
  pk: outboxPartition(tenantId),
  sk: `${now}#${notification.id}`,
  entity: 'notification',
  ...notification,
  expiresAt: Math.floor(new Date(now).getTime() / 1000) + notificationRetentionSeconds,
});

export const notificationItemSchema = storedItemSchema.extend(notificationSchema.shape).extend({ entity: z.literal('notification') });
