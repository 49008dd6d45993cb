import * as z from 'zod';
import { DomainError } from '../shared/errors';
import { helsinkiDayOf } from '../shared/helsinki-day';
import { type CountyOffboarding, tenantIdSchema } from './tenant.schema';

/** Days between the operator's decision to offboard a county and the earliest confirmation of its deletion. */
export const offboardingGraceDays = 30;

/** The operator types the county's slug to confirm an offboarding or a deletion: a slip of the mouse cannot start either. */
export const countyConfirmationSchema = z
  .object({ slug: tenantIdSchema, expectedVersion: z.number().int().positive(), confirmation: tenantIdSchema })
  .strict()
  .refine((input) => input.confirmation === input.slug, { error: "type the county's identifier to confirm", path: ['confirmation'] });
export type CountyConfirmation = z.infer<typeof countyConfirmationSchema>;

/** The county's deletion cannot be confirmed yet, or has been already. */
export class CountyDeletionNotAllowedError extends DomainError {
  override readonly name = 'CountyDeletionNotAllowedError';
  readonly kind = 'conflict';
}

/** The county's export is not there to download. */
export class CountyExportNotReadyError extends DomainError {
  override readonly name = 'CountyExportNotReadyError';
  readonly kind = 'conflict';
  constructor(slug: string) {
    super(`The export of ${slug} is still being made; it is ready within the hour.`);
  }
}

/** The deletion may be confirmed once the county's data is exported and its grace period is over, and only once. */
export const requireDeletionConfirmable = (offboarding: CountyOffboarding | undefined, now: Date): CountyOffboarding => {
  if (!offboarding) throw new CountyDeletionNotAllowedError('The county is not being offboarded.');
  if (offboarding.deletionConfirmedAt) throw new CountyDeletionNotAllowedError('The deletion has already been confirmed.');
  if (!offboarding.export) throw new CountyDeletionNotAllowedError("The county's data has not been exported yet.");
  if (now.toISOString() < offboarding.deleteFrom) throw new CountyDeletionNotAllowedError(`The grace period runs until ${helsinkiDayOf(new Date(offboarding.deleteFrom))}.`);
  return offboarding;
};

/** The grace period's end for an offboarding started at `now`. */
export const graceEndOf = (now: Date): string => new Date(now.getTime() + offboardingGraceDays * 24 * 60 * 60 * 1000).toISOString();
