import { requestMarkerKeyOf } from './catalog/contact-request.entity';
import { ItemAlreadyExistsError } from './errors';
import { storedItemSchema } from './stored-item.schema';
import type { TableGateway, TransactOperation } from './table-gateway';

/** How long a client's request id is remembered: far longer than any client retries. */
const requestMarkerSeconds = 7 * 24 * 60 * 60;

/**
 * A county's memory of the request ids anonymous clients sent, so a retried submission is stored
 * once and recognised before it counts against any limit.
 */
export const createRequestMarkers = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** Writes `operations` together with the request's marker in one transaction; 'duplicate' when the request was received before. */
  async receiveOnce(requestHash: string, now: string, operations: readonly TransactOperation[]): Promise<'received' | 'duplicate'> {
    const expiresAt = Math.floor(new Date(now).getTime() / 1000) + requestMarkerSeconds;
    try {
      await gateway.transact([{ kind: 'create', now, item: { ...requestMarkerKeyOf(tenantId, requestHash), entity: 'requestMarker', expiresAt } }, ...operations]);
      return 'received';
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return 'duplicate';
      throw error;
    }
  },

  /** Whether the request with this id was received (within the marker's week). */
  async wasReceived(requestHash: string): Promise<boolean> {
    return (await gateway.get(requestMarkerKeyOf(tenantId, requestHash), storedItemSchema, { consistent: true })) !== null;
  },
});
