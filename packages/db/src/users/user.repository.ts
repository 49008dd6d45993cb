import { withoutStorageAndMeta } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';
import { type UserProfile, userItemSchema, userKeyOf } from './user.entity';

/** Users of one tenant, or platform-wide users when `tenantId` is null. */
export const createUserRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string | null }) => ({
  async byId(userId: string): Promise<UserProfile | null> {
    const item = await gateway.get(userKeyOf(tenantId, userId), userItemSchema);
    return item ? withoutStorageAndMeta(item) : null;
  },

  /** Creates the profile once; a retry or re-seed leaves the stored one untouched. */
  register(profile: Omit<UserProfile, 'tenantId'>): Promise<boolean> {
    return gateway.putIfAbsent({ ...userKeyOf(tenantId, profile.userId), entity: 'user', ...profile, tenantId });
  },
});

export type UserRepository = ReturnType<typeof createUserRepository>;
