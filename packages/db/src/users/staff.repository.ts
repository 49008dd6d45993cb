import { coordinatorDelta, LastCoordinatorError } from '@linkki/domain';
import { ItemVersionConflictError } from '../errors';
import { notificationItemOf, type Notification } from '../notifications/notification.entity';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import {
  coordinatorCountItemSchema,
  coordinatorCountKeyOf,
  emailMarkerItemSchema,
  emailMarkerKeyOf,
  type StaffAuditRecord,
  staffAuditItemOf,
  staffAuditItemSchema,
  staffAuditPartition,
  staffIndexOf,
  staffIndexPartition,
  staffNameKey,
} from './staff.entity';
import { type UserProfile, userItemSchema, userKeyOf } from './user.entity';
import type { StoredUserProfile } from './user.repository';

export const staffPageSize = 25;

const toMember = (item: ReturnType<typeof userItemSchema.parse>): StoredUserProfile => {
  const { createdAt: _created, updatedAt: _updated, ...member } = withoutStorageAttributes(item);
  return member;
};

/** What else a change of membership writes in its transaction. */
export interface StaffChangeEffects {
  now: string;
  /** +1 or -1 when the change makes or unmakes a coordinator. */
  coordinatorDelta: -1 | 0 | 1;
  audit: StaffAuditRecord;
  notification?: Notification;
  /** Further writes that must hold together with it (an editor's organisations). */
  also?: readonly TransactOperation[];
}

/** The people of one county: the coordinators' staff page, invitations and membership changes. */
export const createStaffRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => {
  /** The write that moves the coordinator count, refusing to let it reach zero. */
  const coordinatorCountOperation = async (delta: -1 | 0 | 1, now: string): Promise<TransactOperation[]> => {
    if (delta === 0) return [];
    const key = coordinatorCountKeyOf(tenantId);
    const current = await gateway.get(key, coordinatorCountItemSchema, { consistent: true });
    const count = (current?.count ?? 0) + delta;
    if (count < 1) throw new LastCoordinatorError();
    if (!current) return [{ kind: 'create', now, item: { ...key, entity: 'coordinatorCount', count } }];
    return [{ kind: 'update', key, expectedVersion: current.version, changes: { count }, now }];
  };

  const effectsOf = async ({ now, coordinatorDelta, audit, notification, also = [] }: StaffChangeEffects): Promise<TransactOperation[]> => [
    ...(await coordinatorCountOperation(coordinatorDelta, now)),
    { kind: 'create', now, item: staffAuditItemOf(tenantId, audit) },
    ...(notification ? [{ kind: 'create' as const, now, item: notificationItemOf(tenantId, notification, now) }] : []),
    ...also,
  ];

  return {
    /** One page of the county's people by name; `search` matches the start of the name. */
    async page({ cursor, search }: { cursor?: string | undefined; search?: string | undefined }): Promise<Page<StoredUserProfile>> {
      const prefix = search ? staffNameKey(search) : undefined;
      const page = await gateway.queryPage({
        schema: userItemSchema,
        index: 'gsi1',
        partition: staffIndexPartition(tenantId),
        ...(prefix ? { sortKeyBeginsWith: prefix } : {}),
        limit: staffPageSize,
        cursor,
      });
      return { items: page.items.map(toMember), nextCursor: page.nextCursor };
    },

    /** Who an address belongs to in this county, and the invitation that brought them. */
    async byEmail(email: string): Promise<{ userId: string; requestId: string } | null> {
      const marker = await gateway.get(emailMarkerKeyOf(tenantId, email), emailMarkerItemSchema, { consistent: true });
      return marker ? { userId: marker.userId, requestId: marker.requestId } : null;
    },

    /**
     * Creates an invited member with the address marker, the audit record, the invitation email and
     * the coordinator count in one transaction. A second invitation of the address fails on the marker.
     */
    async invite(member: Omit<UserProfile, 'tenantId'>, requestId: string, effects: StaffChangeEffects): Promise<void> {
      if (!member.email) throw new Error('An invitation needs an email address.');
      const { now } = effects;
      await gateway.transact([
        { kind: 'create', now, item: { ...userKeyOf(tenantId, member.userId), entity: 'user', ...member, tenantId, ...staffIndexOf(tenantId, member) } },
        { kind: 'create', now, item: { ...emailMarkerKeyOf(tenantId, member.email), entity: 'staffEmail', email: member.email, userId: member.userId, requestId } },
        ...(await effectsOf(effects)),
      ]);
    },

    /** Saves a changed membership if it is still at `before.version`, with what the change also writes. */
    async change(before: StoredUserProfile, changes: Partial<Pick<UserProfile, 'roles' | 'status' | 'displayName' | 'title'>>, effects: StaffChangeEffects): Promise<void> {
      const displayName = changes.displayName ?? before.displayName;
      await gateway.transact([
        {
          kind: 'update',
          key: userKeyOf(tenantId, before.userId),
          expectedVersion: before.version,
          changes: { ...changes, ...staffIndexOf(tenantId, { displayName, userId: before.userId }) },
          now: effects.now,
        },
        ...(await effectsOf(effects)),
      ]);
    },

    /** Records something done to a person that changes nothing else (a resent invitation). */
    async record(effects: Omit<StaffChangeEffects, 'coordinatorDelta'>): Promise<void> {
      await gateway.transact(await effectsOf({ ...effects, coordinatorDelta: 0 }));
    },

    /** The county's staff changes, newest first. */
    async auditTrail(cursor?: string): Promise<Page<StaffAuditRecord>> {
      const page = await gateway.queryPage({ schema: staffAuditItemSchema, partition: staffAuditPartition(tenantId), limit: 50, cursor, newestFirst: true });
      return {
        items: page.items.map((item) => {
          const { version: _version, createdAt: _created, updatedAt: _updated, ...record } = withoutStorageAttributes(item);
          return record;
        }),
        nextCursor: page.nextCursor,
      };
    },

    /**
     * A federated person's first sign-in: the membership an invitation kept under a pending id moves
     * to the id their county's identity service gives them, and the address marker follows it, in
     * one transaction (a concurrent first sign-in fails on the version and signs in again).
     */
    async bindPending(pending: StoredUserProfile, userId: string, now: string): Promise<StoredUserProfile> {
      if (!pending.email) throw new Error('A pending membership has an address.');
      const { version: _version, ...member } = pending;
      const marker = await gateway.get(emailMarkerKeyOf(tenantId, pending.email), emailMarkerItemSchema, { consistent: true });
      if (!marker) throw new Error('A pending membership has its address marker.');
      const bound = { ...member, userId, status: 'active' as const };
      await gateway.transact([
        { kind: 'create', now, item: { ...userKeyOf(tenantId, userId), entity: 'user', ...bound, tenantId, ...staffIndexOf(tenantId, bound) } },
        { kind: 'delete', key: userKeyOf(tenantId, pending.userId), expectedVersion: pending.version },
        { kind: 'update', key: emailMarkerKeyOf(tenantId, pending.email), expectedVersion: marker.version, changes: { userId }, now },
        ...(await coordinatorCountOperation(coordinatorDelta(pending, bound), now)),
      ]);
      return { ...bound, version: 1 };
    },

    /**
     * An invited person's first sign-in makes them active (and, a coordinator, counted). A
     * concurrent sign-in that got there first is no error: either way the person is now active.
     */
    async activate(member: StoredUserProfile, now: string): Promise<void> {
      if (member.status !== 'invited') return;
      try {
        await gateway.transact([
          { kind: 'update', key: userKeyOf(tenantId, member.userId), expectedVersion: member.version, changes: { status: 'active' }, now },
          ...(await coordinatorCountOperation(coordinatorDelta(member, { ...member, status: 'active' }), now)),
        ]);
      } catch (error) {
        if (!(error instanceof ItemVersionConflictError)) throw error;
      }
    },

    /** For seeding: the count of coordinators a county starts with, unless it is already kept. */
    seedCoordinatorCount(count: number): Promise<boolean> {
      return gateway.putIfAbsent({ ...coordinatorCountKeyOf(tenantId), entity: 'coordinatorCount', count });
    },
  };
};

export type StaffRepository = ReturnType<typeof createStaffRepository>;
