import { ItemAlreadyExistsError } from '../errors';
import { type Notification, notificationItemOf } from '../notifications/notification.entity';
import { storedItemSchema, withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import { type ContactRequest, contactQueuePartition, contactRequestItemSchema, contactRequestKeyOf, requestMarkerKeyOf } from './contact-request.entity';

const requestMarkerSeconds = 7 * 24 * 60 * 60;

export type StoredContactRequest = ContactRequest & { version: number };

/** Contact requests of a tenant's organisations, with the outbox message each one sends. */
export const createContactRequestRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /**
   * Stores the request, its notification and a marker of the client's request id in one
   * transaction; 'duplicate' when that request id was already received.
   */
  async receive({ request, notification, requestHash, now }: { request: ContactRequest; notification: Notification | null; requestHash: string; now: string }): Promise<'received' | 'duplicate'> {
    const nowSeconds = Math.floor(new Date(now).getTime() / 1000);
    try {
      await gateway.transact([
        { kind: 'create', now, item: { ...requestMarkerKeyOf(tenantId, requestHash), entity: 'requestMarker', expiresAt: nowSeconds + requestMarkerSeconds } },
        { kind: 'create', now, item: { ...contactRequestKeyOf(tenantId, request.organisationId, request.id), entity: 'contactRequest', ...request } },
        ...(notification ? [{ kind: 'create' as const, now, item: notificationItemOf(tenantId, notification, now) }] : []),
      ]);
      return 'received';
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return 'duplicate';
      throw error;
    }
  },

  /** Whether a request with this client request id was received (within the marker's week): a retry is answered before any limit counts it. */
  async wasReceived(requestHash: string): Promise<boolean> {
    return (await gateway.get(requestMarkerKeyOf(tenantId, requestHash), storedItemSchema, { consistent: true })) !== null;
  },

  /** Newest first, leaving out any whose retention has run out but that DynamoDB has not yet deleted. */
  async queue(organisationId: string, now: Date, cursor?: string): Promise<Page<StoredContactRequest>> {
    const page = await gateway.queryPage({ schema: contactRequestItemSchema, partition: contactQueuePartition(tenantId, organisationId), limit: 50, cursor, newestFirst: true });
    const nowSeconds = now.getTime() / 1000;
    return { ...page, items: page.items.filter((item) => item.expiresAt > nowSeconds).map((item) => ({ ...withoutStorageAttributes(item), expiresAt: item.expiresAt })) };
  },

  async markHandled({ organisationId, id, expectedVersion, userId, now }: { organisationId: string; id: string; expectedVersion: number; userId: string; now: string }): Promise<StoredContactRequest> {
    const item = await gateway.updateVersioned(contactRequestKeyOf(tenantId, organisationId, id), expectedVersion, { status: 'handled', handledBy: userId, handledAt: now }, contactRequestItemSchema, {
      now,
    });
    return { ...withoutStorageAttributes(item), expiresAt: item.expiresAt };
  },
});
