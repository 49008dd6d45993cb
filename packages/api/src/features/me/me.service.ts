import type { Identity, Role, Tenant } from '@linkki/domain';
import { createUserRepository, type TableAccess } from '@linkki/db';

export interface Me {
  user: { id: string; displayName: string; title: string | null; organisation: string | null };
  roles: Role[];
  tenant: Pick<Tenant, 'slug' | 'name'> | null;
}

/** The caller as the token says, with the profile the platform keeps of them when it has one. */
export const describeCaller = async (tables: TableAccess, identity: Identity, tenant: Tenant | null): Promise<Me> => {
  const gateway = tenant ? tables.tenant(tenant.slug) : tables.platform;
  const profile = await createUserRepository({ gateway, tenantId: tenant?.slug ?? null }).byId(identity.userId);
  return {
    user: {
      id: identity.userId,
      displayName: profile?.displayName ?? identity.displayName ?? identity.userId,
      title: profile?.title ?? null,
      organisation: profile?.organisation ?? null,
    },
    roles: identity.roles,
    tenant: tenant ? { slug: tenant.slug, name: tenant.name } : null,
  };
};
