import type { Tenant } from '@linkki/domain';
import { withoutStorageAndMeta } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';
import { type TenantItem, tenantItemSchema, tenantKeyOf, tenantRegistryPartition } from './tenant.entity';

const toTenant = (item: TenantItem): Tenant => withoutStorageAndMeta(item);

/** More counties than Finland has; the registry is read in one page. */
const registryPageSize = 100;

export const createTenantRepository = (gateway: TableGateway) => ({
  async list(): Promise<Tenant[]> {
    return (await this.listVersioned()).map(({ version: _version, ...tenant }) => tenant);
  },

  /** Every county with the version a change must name, in one Query. */
  async listVersioned(): Promise<(Tenant & { version: number })[]> {
    const page = await gateway.queryPage({ schema: tenantItemSchema, partition: tenantRegistryPartition, limit: registryPageSize });
    return page.items.map((item) => ({ ...toTenant(item), version: item.version }));
  },

  async bySlug(slug: string): Promise<Tenant | null> {
    const item = await gateway.get(tenantKeyOf(slug), tenantItemSchema);
    return item ? toTenant(item) : null;
  },

  /** The county with the version a change must name. */
  async versioned(slug: string): Promise<(Tenant & { version: number }) | null> {
    const item = await gateway.get(tenantKeyOf(slug), tenantItemSchema, { consistent: true });
    return item ? { ...toTenant(item), version: item.version } : null;
  },

  /** Changes a county's registry entry if it is still at `expectedVersion`. */
  async update(slug: string, expectedVersion: number, changes: Partial<Pick<Tenant, 'status' | 'municipalities' | 'extraLanguages' | 'offboarding'>>): Promise<Tenant & { version: number }> {
    const item = await gateway.updateVersioned(tenantKeyOf(slug), expectedVersion, changes, tenantItemSchema);
    return { ...toTenant(item), version: item.version };
  },

  /** Registers a county once; a second call leaves the stored one as it is. True if it was new. */
  register(tenant: Tenant): Promise<boolean> {
    return gateway.putIfAbsent({ ...tenantKeyOf(tenant.slug), entity: 'tenant', ...tenant });
  },
});

export type TenantRepository = ReturnType<typeof createTenantRepository>;
