import { tenantSchema } from '@linkki/domain';
import * as z from 'zod';
import { platformKey, sortKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/** The registry of counties is platform data: one partition, one item per tenant. */
export const tenantRegistryPartition = platformKey('TENANTS');

export const tenantKeyOf = (slug: string) => ({ pk: tenantRegistryPartition, sk: sortKey('TENANT', slug) });

export const tenantItemSchema = storedItemSchema.extend(tenantSchema.shape).extend({ entity: z.literal('tenant') });
export type TenantItem = z.infer<typeof tenantItemSchema>;
