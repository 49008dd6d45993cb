import { DomainError } from '@linkki/domain';

/** An update carried a version that is no longer the stored one: somebody else changed the item first. */
export class ItemVersionConflictError extends DomainError {
  override readonly name = 'ItemVersionConflictError';
  readonly kind = 'conflict';
  constructor(readonly expectedVersion: number) {
    super(`The item was changed by someone else (expected version ${expectedVersion}); reload and try again.`);
  }
}

/** The item to change does not exist (any more). */
export class ItemNotFoundError extends DomainError {
  override readonly name = 'ItemNotFoundError';
  readonly kind = 'notFound';
  constructor() {
    super('The item does not exist.');
  }
}

/** A create met an item that already exists under the same key. */
export class ItemAlreadyExistsError extends DomainError {
  override readonly name = 'ItemAlreadyExistsError';
  readonly kind = 'conflict';
  constructor() {
    super('The item already exists.');
  }
}

/** A pagination cursor that this query did not issue, or that was altered. */
export class CursorInvalidError extends DomainError {
  override readonly name = 'CursorInvalidError';
  readonly kind = 'invalid';
  constructor() {
    super('The cursor is not valid for this list; start again from the first page.');
  }
}

/** A stored item no longer matches its schema; never shown to the caller in detail. */
export class ItemCorruptError extends Error {
  override readonly name = 'ItemCorruptError';
  constructor(
    readonly key: Record<string, unknown>,
    readonly problems: string,
  ) {
    super(`Stored item ${JSON.stringify(key)} does not match its schema: ${problems}`);
  }
}

/**
 * A write through a county's gateway would index an item under another prefix than the county's.
 * IAM's `dynamodb:LeadingKeys` confines only the table's partition key, so the gateway checks the
 * indexes' own; this is a bug in the caller, never shown to the caller in detail.
 */
export class IndexKeyOutOfScopeError extends Error {
  override readonly name = 'IndexKeyOutOfScopeError';
  constructor(
    readonly attribute: string,
    readonly value: string,
  ) {
    super(`Index key ${attribute}=${JSON.stringify(value)} lies outside the prefixes this gateway may write`);
  }
}
