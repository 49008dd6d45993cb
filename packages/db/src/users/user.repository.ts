import type { z } from 'zod';
import { withoutStorageAndMeta, withoutStorageAttributes } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';
import { staffIndexOf } from './staff.entity';
import { sortKey } from '../keys';
import { type UserProfile, userItemSchema, userKeyOf, userPartitionOf } from './user.entity';

export type NewUserProfile = Omit<z.input<typeof userItemSchema>, 'pk' | 'sk' | 'entity' | 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>;
export type StoredUserProfile = UserProfile & { version: number };

/** Users of one tenant, or platform-wide users when `tenantId` is null. */
export const createUserRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string | null }) => ({
  async byId(userId: string): Promise<UserProfile | null> {
    const item = await gateway.get(userKeyOf(tenantId, userId), userItemSchema);
    return item ? withoutStorageAndMeta(item) : null;
  },

  /** The membership with its version, read consistently: changes and sign-ins decide by it. */
  async membership(userId: string): Promise<StoredUserProfile | null> {
    const item = await gateway.get(userKeyOf(tenantId, userId), userItemSchema, { consistent: true });
    if (!item) return null;
    const { createdAt: _created, updatedAt: _updated, ...record } = withoutStorageAttributes(item);
    return record;
  },

  /** Where the county's active coordinators are written to: those with an email address in their profile. */
  async activeCoordinatorEmails(): Promise<string[]> {
    const emails: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await gateway.queryPage({ schema: userItemSchema, partition: userPartitionOf(tenantId), sortKeyBeginsWith: `${sortKey('USER')}#`, limit: 100, cursor });
      for (const user of page.items) if (user.email && user.status === 'active' && user.roles.includes('coordinator')) emails.push(user.email);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return emails;
  },

  /** Creates the profile once, listed on the county's staff page; a retry or re-seed leaves the stored one untouched. */
  register(profile: NewUserProfile): Promise<boolean> {
    const listing = tenantId ? staffIndexOf(tenantId, profile) : {};
    return gateway.putIfAbsent({ ...userKeyOf(tenantId, profile.userId), entity: 'user', status: 'active', ...profile, tenantId, ...listing });
  },
});

export type UserRepository = ReturnType<typeof createUserRepository>;
