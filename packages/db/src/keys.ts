import { tenantIdSchema } from '@linkki/domain';
import { keyPrefixes } from './table';

const separator = '#';

const segment = (value: string): string => {
  if (value.length === 0 || value.includes(separator)) {
    throw new Error(`Key segment must be non-empty and free of "${separator}": ${JSON.stringify(value)}`);
  }
  return value;
};

const join = (parts: readonly string[]): string => parts.map(segment).join(separator);

/**
 * The partition (or index partition) key of tenant data: always `T#<tenantId>#…`, so a
 * `dynamodb:LeadingKeys` condition on `T#<tenantId>` and `T#<tenantId>#*` confines a session
 * to one tenant and `t1` never matches `t10`.
 */
export const tenantKey = (tenantId: string, ...parts: string[]): string => join([keyPrefixes.tenant, tenantIdSchema.parse(tenantId), ...parts]);

/** The prefix every key of a tenant starts with, used to check cursors and in policies. */
export const tenantKeyPrefix = (tenantId: string): string => tenantKey(tenantId);

export const platformKey = (...parts: string[]): string => join([keyPrefixes.platform, ...parts]);

export const nationalKey = (...parts: string[]): string => join([keyPrefixes.national, ...parts]);

export const networkKey = (...parts: string[]): string => join([keyPrefixes.network, ...parts]);

/** Sort keys are plain `TYPE#id` paths; they never carry a tenant. */
export const sortKey = (...parts: string[]): string => join(parts);

/** True when `key` belongs to the tenant: exactly `T#<id>` or `T#<id>#…`. */
export const isTenantKey = (key: string, tenantId: string): boolean => {
  const prefix = tenantKeyPrefix(tenantId);
  return key === prefix || key.startsWith(prefix + separator);
};
