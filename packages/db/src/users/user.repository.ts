import type { z } from 'zod';
import { ItemVersionConflictError } from '../errors';
import { withoutStorageAndMeta, withoutStorageAttributes } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';
import { staffIndexOf } from './staff.entity';
import { type UserProfile, userItemSchema, userKeyOf } from './user.entity';

export type NewUserProfile = Omit<z.input<typeof userItemSchema>, 'pk' | 'sk' | 'entity' | 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>;
export type StoredUserProfile = UserProfile & { version: number };

/** Users of one tenant, or platform-wide users when `tenantId` is null. */
export const createUserRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string | null }) => ({
  async byId(userId: string): Promise<UserProfile | null> {
    const item = await gateway.get(userKeyOf(tenantId, userId), userItemSchema);
    return item ? withoutStorageAndMeta(item) : null;
  },

  /** The membership with its version, for changes that must not overwrite a newer one. */
  async membership(userId: string): Promise<StoredUserProfile | null> {
    const item = await gateway.get(userKeyOf(tenantId, userId), userItemSchema);
    if (!item) return null;
    const { createdAt: _created, updatedAt: _updated, ...record } = withoutStorageAttributes(item);
    return record;
  },

  /** Creates the profile once, listed on the county's staff page; a retry or re-seed leaves the stored one untouched. */
  register(profile: NewUserProfile): Promise<boolean> {
    const listing = tenantId ? staffIndexOf(tenantId, profile) : {};
    return gateway.putIfAbsent({ ...userKeyOf(tenantId, profile.userId), entity: 'user', status: 'active', ...profile, tenantId, ...listing });
  },

  /**
   * Marks an invited person active at their first sign-in. A concurrent sign-in that got there
   * first is no error: either way the person is now active.
   */
  async activate(member: StoredUserProfile): Promise<void> {
    if (member.status !== 'invited') return;
    try {
      await gateway.updateVersioned(userKeyOf(tenantId, member.userId), member.version, { status: 'active' }, userItemSchema);
    } catch (error) {
      if (!(error instanceof ItemVersionConflictError)) throw error;
    }
  },
});

export type UserRepository = ReturnType<typeof createUserRepository>;
