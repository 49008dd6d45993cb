import { ItemAlreadyExistsError, type Notification, notificationItemOf, type TableGateway, tenantKey } from '@linkki/db';
import { knownAddressDays } from '@linkki/domain';
import * as z from 'zod';

/** Counters outlive their window by an hour, so a late request still finds its own. */
const counterLifetimeSeconds = 2 * 60 * 60;

const countItemSchema = z.object({ count: z.number().int() });
const markerItemSchema = z.object({ pk: z.string() });

/**
 * The table side of the submission limits, all in the county's partition `T#<t>#RATE#<scope>…`:
 * `…#<addressHash>` holds the address's hourly count (`H#<hour>`), its spacing slot (`S#<slot>`)
 * and whether the county knows it (`KNOWN`); the county's own partition holds its hourly count
 * (`H#<hour>`) and the record of the hour's trip (`TRIP#<hour>`).
 */
export const createSubmissionCounters = ({ gateway, tenantId, scope, now }: { gateway: TableGateway; tenantId: string; scope: string; now: Date }) => {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const county = tenantKey(tenantId, 'RATE', scope);
  const address = (hash: string) => tenantKey(tenantId, 'RATE', scope, hash);
  const expiresAt = nowSeconds + counterLifetimeSeconds;

  return {
    async countyCount(hour: string): Promise<number> {
      return (await gateway.get({ pk: county, sk: `H#${hour}` }, countItemSchema))?.count ?? 0;
    },
    /** Counts one accepted submission for the county; false once the count has reached `threshold`. */
    countForCounty: (hour: string, threshold: number) => gateway.incrementBelow({ pk: county, sk: `H#${hour}` }, threshold, expiresAt),
    /** Takes one of the address's submissions in the hour; false when none is left. */
    takeHourly: (hash: string, hour: string, limit: number) => gateway.incrementBelow({ pk: address(hash), sk: `H#${hour}` }, limit, expiresAt),
    /** Takes the address's one submission of the spacing slot; false when it is taken. */
    takeSlot: (hash: string, slot: string) => gateway.incrementBelow({ pk: address(hash), sk: `S#${slot}` }, 1, expiresAt),
    async isKnown(hash: string): Promise<boolean> {
      return (await gateway.get({ pk: address(hash), sk: 'KNOWN' }, markerItemSchema)) !== null;
    },
    /** Known for `knownAddressDays` after this submission. */
    markKnown: (hash: string) => gateway.addCounters({ pk: address(hash), sk: 'KNOWN' }, { accepted: 1 }, { entity: 'knownAddress', expiresAt: nowSeconds + knownAddressDays * 24 * 60 * 60 }),
    async tripRecorded(hour: string): Promise<boolean> {
      return (await gateway.get({ pk: county, sk: `TRIP#${hour}` }, markerItemSchema)) !== null;
    },
    /**
     * Records the hour's trip and queues its alert in one transaction; false when the trip was
     * already recorded (by this container or another), so the alert goes once.
     */
    async recordTrip(hour: string, alert: Notification | null): Promise<boolean> {
      const at = now.toISOString();
      try {
        await gateway.transact([
          { kind: 'create', now: at, item: { pk: county, sk: `TRIP#${hour}`, entity: 'countyTrip', expiresAt } },
          ...(alert ? [{ kind: 'create' as const, now: at, item: notificationItemOf(tenantId, alert, at) }] : []),
        ]);
        return true;
      } catch (error) {
        if (error instanceof ItemAlreadyExistsError) return false;
        throw error;
      }
    },
  };
};
