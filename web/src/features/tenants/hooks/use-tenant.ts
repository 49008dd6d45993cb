import { type Tenant, useTenants } from '../../../lib/tenants';

export type TenantLookup = { status: 'pending' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'missing' } | { status: 'found'; tenant: Tenant };

/** The county a route names by its slug, resolved from the tenant list. */
export const useTenant = (slug: string): TenantLookup => {
  const tenants = useTenants();
  if (tenants.isPending) return { status: 'pending' };
  if (tenants.isError) return { status: 'error', error: tenants.error, retry: () => void tenants.refetch() };
  const tenant = tenants.data.find((candidate) => candidate.slug === slug);
  return tenant ? { status: 'found', tenant } : { status: 'missing' };
};
