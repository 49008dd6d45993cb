import { defaultReferralConfig, type ReferralConfig } from '@linkki/domain';
import { ItemAlreadyExistsError, ItemVersionConflictError } from '../errors';
import type { TableGateway } from '../table-gateway';
import { referralConfigItemSchema, referralConfigKeyOf } from './referral-records.entity';

export interface StoredReferralConfig {
  config: ReferralConfig;
  version: number;
}

const configOf = (item: { types: ReferralConfig['types']; retentionDays: number; version: number }): StoredReferralConfig => ({
  config: { types: item.types, retentionDays: item.retentionDays },
  version: item.version,
});

/** The county's referral types, sending units and retention, beside its other settings. */
export const createReferralConfigRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** The stored configuration, or the default at version 0. */
  async get(): Promise<StoredReferralConfig> {
    const item = await gateway.get(referralConfigKeyOf(tenantId), referralConfigItemSchema);
    return item ? configOf(item) : { config: defaultReferralConfig, version: 0 };
  },

  /** Saves at `expectedVersion` (0: the first save); a stale version is a conflict. */
  async save(config: ReferralConfig, expectedVersion: number): Promise<StoredReferralConfig> {
    if (expectedVersion > 0) return configOf(await gateway.updateVersioned(referralConfigKeyOf(tenantId), expectedVersion, config, referralConfigItemSchema));
    try {
      const meta = await gateway.putNew({ ...referralConfigKeyOf(tenantId), entity: 'referralConfig', ...config });
      return { config, version: meta.version };
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) throw new ItemVersionConflictError(0);
      throw error;
    }
  },
});
