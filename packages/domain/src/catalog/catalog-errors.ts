import { DomainError } from '../shared/errors';

export class OrganisationNotEditableError extends DomainError {
  override readonly name = 'OrganisationNotEditableError';
  readonly kind = 'forbidden';
  constructor(readonly organisationId: string) {
    super(`You do not edit the listings of organisation ${organisationId}.`);
  }
}

export class OrganisationNotFoundError extends DomainError {
  override readonly name = 'OrganisationNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly organisationId: string) {
    super(`No organisation ${organisationId} in this county.`);
  }
}

/** A county holds each business id (Y-tunnus) once: another of its organisations already has this one. */
export class OrganisationBusinessIdTakenError extends DomainError {
  override readonly name = 'OrganisationBusinessIdTakenError';
  readonly kind = 'conflict';
  constructor(readonly businessId: string) {
    super(`organisation.businessId: another organisation of this county already has the business id ${businessId}.`);
  }
}

export class ActivityNotFoundError extends DomainError {
  override readonly name = 'ActivityNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly activityId: string) {
    super(`No activity ${activityId} here.`);
  }
}

export class ModerationReasonMissingError extends DomainError {
  override readonly name = 'ModerationReasonMissingError';
  readonly kind = 'invalid';
  constructor() {
    super('Invalid input: reason: tell the editor why the listing was rejected');
  }
}

/** A listing unverified this long is flagged to its editors. */
export const verificationIntervalDays = 365;

export const needsVerification = (lastVerifiedAt: string, now: Date): boolean => now.getTime() - new Date(lastVerifiedAt).getTime() > verificationIntervalDays * 24 * 60 * 60 * 1000;
