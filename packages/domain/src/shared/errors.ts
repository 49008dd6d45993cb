/**
 * Domain errors carry no transport concerns; the API edge maps each kind to a response code.
 * `kind` is what the mapping reads, so a new error only has to pick one.
 */
export type DomainErrorKind = 'notFound' | 'conflict' | 'forbidden' | 'invalid' | 'tooManyRequests';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
}

export class TenantNotFoundError extends DomainError {
  override readonly name = 'TenantNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly tenant: string) {
    super(`Unknown tenant: ${tenant}`);
  }
}

export class TenantInactiveError extends DomainError {
  override readonly name = 'TenantInactiveError';
  readonly kind = 'notFound';
  constructor(readonly tenant: string) {
    super(`Tenant is not active on the platform: ${tenant}`);
  }
}
