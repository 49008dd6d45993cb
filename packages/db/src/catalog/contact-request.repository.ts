import { type Notification, notificationItemOf } from '../notifications/notification.entity';
import { createRequestMarkers } from '../request-markers';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import { type ContactRequest, contactQueuePartition, contactRequestItemSchema, contactRequestKeyOf } from './contact-request.entity';

export type StoredContactRequest = ContactRequest & { version: number };

/** Contact requests of a tenant's organisations, with the outbox message each one sends. */
export const createContactRequestRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => {
  const markers = createRequestMarkers({ gateway, tenantId });
  return {
    /**
     * Stores the request, its notification and a marker of the client's request id in one
     * transaction; 'duplicate' when that request id was already received.
     */
    async receive({ request, notification, requestHash, now }: { request: ContactRequest; notification: Notification | null; requestHash: string; now: string }): Promise<'received' | 'duplicate'> {
      return markers.receiveOnce(requestHash, now, [
        { kind: 'create', now, item: { ...contactRequestKeyOf(tenantId, request.organisationId, request.id), entity: 'contactRequest', ...request } },
        ...(notification ? [{ kind: 'create' as const, now, item: notificationItemOf(tenantId, notification, now) }] : []),
      ]);
    },

    /** Whether a request with this client request id was received (within the marker's week): a retry is answered before any limit counts it. */
    wasReceived: (requestHash: string): Promise<boolean> => markers.wasReceived(requestHash),

    /** Newest first, leaving out any whose retention has run out but that DynamoDB has not yet deleted. */
    async queue(organisationId: string, now: Date, cursor?: string): Promise<Page<StoredContactRequest>> {
      const page = await gateway.queryPage({ schema: contactRequestItemSchema, partition: contactQueuePartition(tenantId, organisationId), limit: 50, cursor, newestFirst: true });
      const nowSeconds = now.getTime() / 1000;
      return { ...page, items: page.items.filter((item) => item.expiresAt > nowSeconds).map((item) => ({ ...withoutStorageAttributes(item), expiresAt: item.expiresAt })) };
    },

    async markHandled({
      organisationId,
      id,
      expectedVersion,
      userId,
      now,
    }: {
      organisationId: string;
      id: string;
      expectedVersion: number;
      userId: string;
      now: string;
    }): Promise<StoredContactRequest> {
      const item = await gateway.updateVersioned(
        contactRequestKeyOf(tenantId, organisationId, id),
        expectedVersion,
        { status: 'handled', handledBy: userId, handledAt: now },
        contactRequestItemSchema,
        {
          now,
        },
      );
      return { ...withoutStorageAttributes(item), expiresAt: item.expiresAt };
    },
  };
};
