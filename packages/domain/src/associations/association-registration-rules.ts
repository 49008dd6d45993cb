import { DomainError } from '../shared/errors';
import type { RegistrationStatus } from './association-registration.schema';

export class RegistrationNotFoundError extends DomainError {
  override readonly name = 'RegistrationNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly id: string) {
    super(`No association registration ${id} in this county.`);
  }
}

/** The link is unknown, already replaced, or its time has run out; the applicant can register again. */
export class RegistrationLinkInvalidError extends DomainError {
  override readonly name = 'RegistrationLinkInvalidError';
  readonly kind = 'invalid';
  constructor() {
    super('Invalid input: token: this verification link is not valid or has expired; register again.');
  }
}

export class RegistrationStatusError extends DomainError {
  override readonly name = 'RegistrationStatusError';
  readonly kind = 'conflict';
  constructor(readonly status: RegistrationStatus) {
    super(`This registration is ${status}; only a registration waiting in the queue can be decided.`);
  }
}

/** The association already has a registration waiting for its email or a decision in this county. */
export class RegistrationAlreadyOpenError extends DomainError {
  override readonly name = 'RegistrationAlreadyOpenError';
  readonly kind = 'conflict';
  constructor(readonly businessId: string) {
    super(`A registration of the association ${businessId} is already waiting in this county; the county will answer it by email.`);
  }
}

/** Approval into an existing organisation names one of the county's organisations. */
export class RegistrationOrganisationUnknownError extends DomainError {
  override readonly name = 'RegistrationOrganisationUnknownError';
  readonly kind = 'invalid';
  constructor(readonly organisationId: string) {
    super(`Invalid input: existingOrganisationId: ${organisationId} is not an organisation of this county`);
  }
}

/** A decision can only be made on a registration whose email was verified and that is still waiting. */
export const requireDecidable = (status: RegistrationStatus): void => {
  if (status !== 'pending') throw new RegistrationStatusError(status);
};

const legalFormWords = new Set(['ry', 'rf', 'r.y.', 'r.f.', 'ry.', 'rf.', 'yhdistys', 'förening', 'forening', 'the']);

/** A name as compared for likeness: lower-case, without punctuation, legal-form words or diacritics beyond å ä ö. */
export const nameTokensOf = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s.]/gu, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0 && !legalFormWords.has(token))
    .map((token) => token.replace(/\./g, ''))
    .filter((token) => token.length > 0);

const trigramsOf = (text: string): Set<string> => {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1) grams.add(padded.slice(index, index + 3));
  return grams;
};

/** Likeness of two organisation names from 0 to 1 (trigram Dice coefficient of their significant words). */
export const nameSimilarity = (a: string, b: string): number => {
  const [leftWords, rightWords] = [nameTokensOf(a), nameTokensOf(b)];
  if (leftWords.length === 0 || rightWords.length === 0) return 0;
  const left = trigramsOf(leftWords.join(' '));
  const right = trigramsOf(rightWords.join(' '));
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
};

/** From this likeness on, an existing organisation is shown beside a registration as a possible duplicate. */
export const similarNameThreshold = 0.6;
