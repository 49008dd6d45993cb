import { defaultContactRequestRetentionDays, type TenantSettings, tenantSettingsSchema } from '@linkki/domain';
import * as z from 'zod';
import { ItemAlreadyExistsError, ItemVersionConflictError } from '../errors';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';

/** A county's own settings live in its own partition, so only its tenant-scoped session reaches them. */
const settingsKeyOf = (tenantId: string) => ({ pk: tenantKey(tenantId, 'SETTINGS'), sk: sortKey('SETTINGS') });

const settingsItemSchema = storedItemSchema.extend(tenantSettingsSchema.shape).extend({ entity: z.literal('tenantSettings') });

export const defaultTenantSettings: TenantSettings = { contactRequestRetentionDays: defaultContactRequestRetentionDays };

export type StoredTenantSettings = TenantSettings & { version: number };

export const createTenantSettingsRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** The stored settings, or the defaults at version 0 when the county has saved none. */
  async get(): Promise<StoredTenantSettings> {
    const item = await gateway.get(settingsKeyOf(tenantId), settingsItemSchema);
    return item ? { contactRequestRetentionDays: item.contactRequestRetentionDays, version: item.version } : { ...defaultTenantSettings, version: 0 };
  },

  /** Saves at `expectedVersion` (0: the first save); a stale version is a conflict, never an overwrite. */
  async save(settings: TenantSettings, expectedVersion: number): Promise<StoredTenantSettings> {
    if (expectedVersion === 0) {
      try {
        const meta = await gateway.putNew({ ...settingsKeyOf(tenantId), entity: 'tenantSettings', ...settings });
        return { ...settings, version: meta.version };
      } catch (error) {
        if (error instanceof ItemAlreadyExistsError) throw new ItemVersionConflictError(0);
        throw error;
      }
    }
    const item = await gateway.updateVersioned(settingsKeyOf(tenantId), expectedVersion, settings, settingsItemSchema);
    return { contactRequestRetentionDays: item.contactRequestRetentionDays, version: item.version };
  },
});
