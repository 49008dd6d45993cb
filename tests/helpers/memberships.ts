import type { Identity } from '@linkki/domain';
import { createUserRepository, type TableAccess, userItemSchema, userKeyOf } from '@linkki/db';

/**
 * Makes `identity` an active member holding its roles, as a coordinator or operator would have:
 * the API honours a token only while the membership behind it grants its roles.
 */
export const grantMembership = async (tables: TableAccess, { tenantId, userId, roles, displayName }: Identity): Promise<void> => {
  const gateway = tenantId ? tables.tenant(tenantId) : tables.platform;
  const users = createUserRepository({ gateway, tenantId });
  const member = await users.membership(userId);
  if (!member) {
    await users.register({ userId, displayName: displayName ?? userId, roles: [...roles] });
    return;
  }
  const missing = roles.filter((role) => !member.roles.includes(role));
  if (missing.length === 0 && member.status === 'active') return;
  await gateway.updateVersioned(userKeyOf(tenantId, userId), member.version, { roles: [...member.roles, ...missing], status: 'active' }, userItemSchema);
};
