import { createUserRepository, type TableGateway } from '@linkki/db';
import { allowanceOf, CountyBusyError, RateLimitExceededError, type SubmissionLimits, type SubmissionLimitsByScope, type SubmissionScope, submissionWindowsOf, type Tenant } from '@linkki/domain';
import type { AddressHasher } from './address-hash';
import { countyBusyAlertOf } from './county-busy-alert';
import { createSubmissionCounters } from './submission-counters';

/** Who sends an anonymous submission, as the limits see them. */
export interface Submitter {
  gateway: TableGateway;
  tenant: Tenant;
  clientAddress: string;
  hashAddress: AddressHasher;
  limits: SubmissionLimitsByScope;
  now: Date;
}

type Counters = ReturnType<typeof createSubmissionCounters>;

/** Records the hour's trip once and alerts the county's active coordinators once with it. */
const recordTrip = async (submitter: Submitter, counters: Counters, scope: SubmissionScope, limits: SubmissionLimits, hour: string): Promise<void> => {
  if (await counters.tripRecorded(hour)) return;
  const to = await createUserRepository({ gateway: submitter.gateway, tenantId: submitter.tenant.slug }).activeCoordinatorEmails();
  await counters.recordTrip(hour, countyBusyAlertOf({ tenant: submitter.tenant, scope, limits, hour, to }));
};

/**
 * Admits one anonymous submission of `scope` under the county's limits, or refuses it with
 * {@link RateLimitExceededError} (this address sent too many) or {@link CountyBusyError} (the
 * county is flooded and this address is new to it). The rule is described on `SubmissionLimits`.
 * Call it only after a retry of an accepted request has been answered: a retry must count nothing.
 */
export const admitSubmission = async (submitter: Submitter, scope: SubmissionScope): Promise<void> => {
  const limits = submitter.limits[scope];
  const { tenant, now } = submitter;
  const windows = submissionWindowsOf(now, limits.newAddressSpacingMinutes);
  const counters = createSubmissionCounters({ gateway: submitter.gateway, tenantId: tenant.slug, scope, now });
  const hash = await submitter.hashAddress(tenant.slug, submitter.clientAddress);

  // Both reads at once: a resident's submission waits for two round trips here, not three.
  const [countyCount, known] = await Promise.all([counters.countyCount(windows.hour), counters.isKnown(hash)]);
  const tripped = countyCount >= limits.countyTripPerHour;
  const allowance = allowanceOf({ tripped, known });
  if (allowance === 'spaced' && !(await counters.takeSlot(hash, windows.slot))) throw new CountyBusyError(windows.secondsLeftInSlot);
  if (!(await counters.takeHourly(hash, windows.hour, limits.perAddressPerHour))) throw new RateLimitExceededError(windows.secondsLeftInHour);

  const [countedBelowThreshold] = await Promise.all([
    counters.countForCounty(windows.hour, limits.countyTripPerHour),
    // Only an address accepted outside a trip becomes known: addresses new to a flood stay new while it lasts.
    tripped ? Promise.resolve() : counters.markKnown(hash),
  ]);
  if (tripped || !countedBelowThreshold) await recordTrip(submitter, counters, scope, limits, windows.hour);
};

/**
 * Counts one of a silent kind of event (a pathway view) against the address's hourly limit
 * alone; false when it is used up. Nothing is refused and no county-wide count is kept.
 */
export const withinAddressLimit = async (submitter: Omit<Submitter, 'limits'>, kind: string, perHour: number): Promise<boolean> => {
  const { tenant, now } = submitter;
  const hash = await submitter.hashAddress(tenant.slug, submitter.clientAddress);
  const counters = createSubmissionCounters({ gateway: submitter.gateway, tenantId: tenant.slug, scope: kind, now });
  return counters.takeHourly(hash, now.toISOString().slice(0, 13), perHour);
};
