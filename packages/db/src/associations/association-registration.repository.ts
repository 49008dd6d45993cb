import type { AssociationRegistration, RegistrationStatus } from '@linkki/domain';
import { ItemAlreadyExistsError } from '../errors';
import { type Notification, notificationItemOf } from '../notifications/notification.entity';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import {
  openRegistrationMarkerItemSchema,
  openRegistrationMarkerKeyOf,
  registrationItemSchema,
  registrationKeyOf,
  registrationQueueIndexOf,
  registrationQueuePartition,
  type RegistrationItem,
} from './association-registration.entity';

/** A registration with what only the verification step reads. */
export type StoredRegistration = AssociationRegistration & { verificationHash: string; verifyBy: string };

const toRegistration = (item: RegistrationItem): StoredRegistration => {
  const { createdAt: _created, updatedAt: _updated, ...registration } = withoutStorageAttributes(item);
  return registration;
};

/** What a new registration is stored with. */
export interface NewRegistration {
  registration: Omit<AssociationRegistration, 'version'>;
  verificationHash: string;
  verifyBy: string;
  /** When DynamoDB may delete it if its email is never verified. */
  expiresAt: number;
  notification: Notification;
  now: string;
}

/** A decision on a registration: its new state and the writes that must hold together with it. */
export interface RegistrationDecision {
  registration: StoredRegistration;
  changes: Partial<AssociationRegistration> & { status: RegistrationStatus };
  expiresAt: number;
  now: string;
  /** The business id's open marker, released by the decision (absent if it is already gone). */
  markerVersion: number | null;
}

/** A county's association registrations: received, verified, queued and decided. */
export const createAssociationRegistrationRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => {
  const markerKey = (businessId: string) => openRegistrationMarkerKeyOf(tenantId, businessId);

  return {
    async byId(id: string): Promise<StoredRegistration | null> {
      const item = await gateway.get(registrationKeyOf(tenantId, id), registrationItemSchema, { consistent: true });
      return item ? toRegistration(item) : null;
    },

    /** The registration of this business id still waiting for its email or a decision, if any. */
    async openFor(businessId: string): Promise<{ registrationId: string; version: number } | null> {
      const marker = await gateway.get(markerKey(businessId), openRegistrationMarkerItemSchema, { consistent: true });
      return marker ? { registrationId: marker.registrationId, version: marker.version } : null;
    },

    /** Stores a registration with its verification email in one transaction; 'duplicate' when the id exists (a retry). */
    async receive({ registration, verificationHash, verifyBy, expiresAt, notification, now }: NewRegistration): Promise<'received' | 'duplicate'> {
      try {
        await gateway.transact([
          {
            kind: 'create',
            now,
            item: {
              ...registrationKeyOf(tenantId, registration.id),
              entity: 'associationRegistration',
              ...registration,
              verificationHash,
              verifyBy,
              expiresAt,
              ...registrationQueueIndexOf(tenantId, registration),
            },
          },
          { kind: 'create', now, item: notificationItemOf(tenantId, notification, now) },
        ]);
        return 'received';
      } catch (error) {
        if (error instanceof ItemAlreadyExistsError) return 'duplicate';
        throw error;
      }
    },

    /**
     * The email was verified: the registration joins the coordinators' queue and stays until
     * decided, holding its business id's open marker; 'taken' when another registration of the
     * business id already waits there.
     */
    async markVerified(registration: StoredRegistration, now: string): Promise<'queued' | 'taken'> {
      const changes = { status: 'pending' as const, verifiedAt: now, expiresAt: undefined, ...registrationQueueIndexOf(tenantId, { ...registration, status: 'pending' }) };
      try {
        await gateway.transact([
          { kind: 'update', key: registrationKeyOf(tenantId, registration.id), expectedVersion: registration.version, changes, now },
          { kind: 'create', now, item: { ...markerKey(registration.businessId), entity: 'openRegistration', registrationId: registration.id } },
        ]);
        return 'queued';
      } catch (error) {
        if (error instanceof ItemAlreadyExistsError) return 'taken';
        throw error;
      }
    },

    /**
     * Saves a decision if the registration is still at its version, releases the business id for a
     * later registration, and writes `also` (the organisation, the invitation, the email) with it.
     */
    decisionOf({ registration, changes, expiresAt, now, markerVersion }: RegistrationDecision): TransactOperation[] {
      return [
        {
          kind: 'update',
          key: registrationKeyOf(tenantId, registration.id),
          expectedVersion: registration.version,
          changes: { ...changes, expiresAt, ...registrationQueueIndexOf(tenantId, { ...registration, status: changes.status }) },
          now,
        },
        ...(markerVersion === null ? [] : [{ kind: 'delete' as const, key: markerKey(registration.businessId), expectedVersion: markerVersion }]),
      ];
    },

    /** Saves a decision that writes nothing else but its email (a rejection). */
    async decide(decision: RegistrationDecision, notification: Notification): Promise<void> {
      await gateway.transact([...this.decisionOf(decision), { kind: 'create', now: decision.now, item: notificationItemOf(tenantId, notification, decision.now) }]);
    },

    /** One page of the queue of a status, oldest first: the one waiting longest comes first. */
    async queue(status: RegistrationStatus, cursor?: string): Promise<Page<AssociationRegistration>> {
      const page = await gateway.queryPage({
        schema: registrationItemSchema,
        index: 'gsi1',
        partition: registrationQueuePartition(tenantId, status),
        limit: 25,
        cursor,
        newestFirst: status !== 'pending',
      });
      return {
        items: page.items.map((item) => {
          const { verificationHash: _hash, verifyBy: _verifyBy, ...registration } = toRegistration(item);
          return registration;
        }),
        nextCursor: page.nextCursor,
      };
    },
  };
};

export type AssociationRegistrationRepository = ReturnType<typeof createAssociationRegistrationRepository>;
