import { createHash } from 'node:crypto';
import { type TableGateway, tenantKey } from '@linkki/db';
import { RateLimitExceededError } from '@linkki/domain';

/** How many of one kind of public submission a county takes in an hour: from one address, and in all. */
export interface HourlyLimits {
  perAddressPerHour: number;
  perTenantPerHour: number;
}

/** A short one-way hash: the address is kept only as this, and only until its window has passed. */
export const shortHash = (value: string): string => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/**
 * Counts one anonymous submission of `scope` (e.g. `contact`) against the county's hourly limits,
 * refusing it with the seconds until the window turns when either is full.
 */
export const consumeHourlyLimits = async (
  { gateway, tenantId, clientAddress, now }: { gateway: TableGateway; tenantId: string; clientAddress: string; now: Date },
  scope: string,
  limits: HourlyLimits,
): Promise<void> => {
  const window = now.toISOString().slice(0, 13);
  const expiresAt = Math.floor(now.getTime() / 1000) + 2 * 60 * 60;
  const secondsLeft = 3600 - ((now.getTime() / 1000) % 3600);
  const perAddress = { pk: tenantKey(tenantId, 'RATE', scope, shortHash(`${tenantId}:${clientAddress}`)), sk: window };
  if (!(await gateway.incrementBelow(perAddress, limits.perAddressPerHour, expiresAt))) throw new RateLimitExceededError(secondsLeft);
  const perTenant = { pk: tenantKey(tenantId, 'RATE', scope), sk: window };
  if (!(await gateway.incrementBelow(perTenant, limits.perTenantPerHour, expiresAt))) throw new RateLimitExceededError(secondsLeft);
};
