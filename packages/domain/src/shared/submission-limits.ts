import { DomainError } from './errors';

/**
 * How much of one kind of anonymous submission (contact request, pathway feedback, association
 * registration) a county takes, counted per UTC hour.
 *
 * The rule, in full:
 * 1. A submission whose request id was already accepted is answered as before and counts nothing.
 * 2. Each client address (kept only as a keyed hash) may send `perAddressPerHour`; beyond that it
 *    is refused with {@link RateLimitExceededError} until the hour turns.
 * 3. The county counts what it accepts in the hour. Reaching `countyTripPerHour` does not refuse
 *    anyone: it trips the county's breaker for the rest of that hour.
 * 4. While tripped, an address the county knows (one that had a submission accepted in the last
 *    {@link knownAddressDays} days while the breaker was not tripped) keeps rule 2 and nothing more.
 *    Any other address may also send, but only one submission per `newAddressSpacingMinutes`
 *    slot; a second in the same slot is refused with {@link CountyBusyError} until the slot ends.
 *    Addresses first seen during a trip do not become known by it.
 * 5. The first trip of each hour is recorded once, and the county's active coordinators are
 *    emailed once about it.
 * So a flood from many addresses can neither wall off a resident the county has seen before nor
 * stop a new one entirely, and each refusal says truthfully whose count was full.
 */
export interface SubmissionLimits {
  perAddressPerHour: number;
  countyTripPerHour: number;
  newAddressSpacingMinutes: number;
}

export const submissionScopes = ['contactRequest', 'pathwayFeedback', 'associationRegistration'] as const;
export type SubmissionScope = (typeof submissionScopes)[number];
export type SubmissionLimitsByScope = Record<SubmissionScope, SubmissionLimits>;

export const defaultSubmissionLimits: SubmissionLimitsByScope = {
  contactRequest: { perAddressPerHour: 5, countyTripPerHour: 300, newAddressSpacingMinutes: 10 },
  pathwayFeedback: { perAddressPerHour: 20, countyTripPerHour: 2000, newAddressSpacingMinutes: 10 },
  associationRegistration: { perAddressPerHour: 3, countyTripPerHour: 100, newAddressSpacingMinutes: 10 },
};

/** How long an address stays known to a county after its last accepted submission. */
export const knownAddressDays = 7;

/** Which allowance an address gets: its hourly limit alone, or also the spacing of new addresses during a trip. */
export type AddressAllowance = 'hourly' | 'spaced';

export const allowanceOf = ({ tripped, known }: { tripped: boolean; known: boolean }): AddressAllowance => (tripped && !known ? 'spaced' : 'hourly');

/** The hour and the spacing slot `now` falls in, and the seconds left in each. */
export const submissionWindowsOf = (now: Date, spacingMinutes: number) => {
  const seconds = Math.floor(now.getTime() / 1000);
  const slotSeconds = spacingMinutes * 60;
  const slotStart = new Date((seconds - (seconds % slotSeconds)) * 1000);
  return {
    hour: now.toISOString().slice(0, 13),
    slot: slotStart.toISOString().slice(0, 16),
    secondsLeftInHour: 3600 - (seconds % 3600),
    secondsLeftInSlot: slotSeconds - (seconds % slotSeconds),
  };
};

const minutesOf = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

/** Refused because this client address has sent its hour's share of this kind of submission. */
export class RateLimitExceededError extends DomainError {
  override readonly name = 'RateLimitExceededError';
  readonly kind = 'tooManyRequests';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests from this address; try again in ${minutesOf(retryAfterSeconds)} minutes.`);
  }
}

/** Refused because the county receives unusually many right now and this address is new to it: a short wait, not a wall. */
export class CountyBusyError extends DomainError {
  override readonly name = 'CountyBusyError';
  readonly kind = 'tooManyRequests';
  constructor(readonly retryAfterSeconds: number) {
    super(`The county is receiving unusually many requests right now; try again in ${minutesOf(retryAfterSeconds)} minutes.`);
  }
}

/** Either refusal: both tell the client how long to wait. */
export type SubmissionRefusedError = RateLimitExceededError | CountyBusyError;

export const isSubmissionRefused = (error: unknown): error is SubmissionRefusedError => error instanceof RateLimitExceededError || error instanceof CountyBusyError;
