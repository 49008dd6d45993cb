import { createRequestMarkers } from '../request-markers';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import { type AccessibilityFeedback, accessibilityFeedbackItemSchema, accessibilityFeedbackKeyOf, accessibilityFeedbackPartition } from './accessibility-feedback.entity';

export type StoredAccessibilityFeedback = AccessibilityFeedback & { version: number };

const recordOf = (item: ReturnType<typeof accessibilityFeedbackItemSchema.parse>): StoredAccessibilityFeedback => ({
  ...withoutStorageAttributes(item),
  ...(item.expiresAt === undefined ? {} : { expiresAt: item.expiresAt }),
});

/** Residents' accessibility feedback to a county and the county's answers. */
export const createAccessibilityFeedbackRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => {
  const markers = createRequestMarkers({ gateway, tenantId });
  return {
    /** Stores the feedback with a marker of the client's request id in one transaction; 'duplicate' when that id was already received. */
    async receive({ feedback, requestHash, now }: { feedback: AccessibilityFeedback; requestHash: string; now: string }): Promise<'received' | 'duplicate'> {
      return markers.receiveOnce(requestHash, now, [{ kind: 'create', now, item: { ...accessibilityFeedbackKeyOf(tenantId, feedback.id), entity: 'accessibilityFeedback', ...feedback } }]);
    },

    /** Whether feedback with this request id was already accepted: a retry is answered without counting against the limits. */
    wasReceived: (requestHash: string): Promise<boolean> => markers.wasReceived(requestHash),

    async find(id: string): Promise<StoredAccessibilityFeedback | null> {
      const item = await gateway.get(accessibilityFeedbackKeyOf(tenantId, id), accessibilityFeedbackItemSchema, { consistent: true });
      return item ? recordOf(item) : null;
    },

    /** Newest first, leaving out answered feedback whose retention has run out but that DynamoDB has not yet deleted. */
    async queue(now: Date, cursor?: string): Promise<Page<StoredAccessibilityFeedback>> {
      const page = await gateway.queryPage({ schema: accessibilityFeedbackItemSchema, partition: accessibilityFeedbackPartition(tenantId), limit: 50, cursor, newestFirst: true });
      const nowSeconds = now.getTime() / 1000;
      return { ...page, items: page.items.filter((item) => item.expiresAt === undefined || item.expiresAt > nowSeconds).map(recordOf) };
    },

    async markAnswered({ id, expectedVersion, userId, now, expiresAt }: { id: string; expectedVersion: number; userId: string; now: string; expiresAt: number }): Promise<StoredAccessibilityFeedback> {
      const changes = { status: 'answered', answeredBy: userId, answeredAt: now, expiresAt };
      return recordOf(await gateway.updateVersioned(accessibilityFeedbackKeyOf(tenantId, id), expectedVersion, changes, accessibilityFeedbackItemSchema, { now }));
    },
  };
};
