import { createHash } from 'node:crypto';

/**
 * The id a create derives from what names it (the tenant, the actor, the client's request id):
 * the same parts always give the same id, so a retried create lands on the item the first attempt
 * made instead of making a second. Stored items carry these ids, so the recipe (SHA-256 of the
 * parts joined by `:`, in hex, cut to `length`) lives here once and must not change.
 */
export const idempotentId = (parts: readonly string[], { prefix = '', length = 20 }: { prefix?: string; length?: number } = {}): string =>
  `${prefix}${createHash('sha256').update(parts.join(':')).digest('hex').slice(0, length)}`;
