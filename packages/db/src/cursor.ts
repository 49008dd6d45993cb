import * as z from 'zod';
import { CursorInvalidError } from './errors';
import { keyAttributes } from './table';

const keyValueSchema = z.union([z.string(), z.number()]);
const cursorSchema = z.object({ v: z.literal(1), key: z.record(z.string(), keyValueSchema) }).strict();

export type LastKey = Record<string, string | number>;

/** Opaque to clients: the last evaluated key, base64url-encoded. */
export const encodeCursor = (key: LastKey): string => Buffer.from(JSON.stringify({ v: 1, key }), 'utf8').toString('base64url');

/** `T#<id>` for tenant keys, the owner segment (`PLATFORM`, …) otherwise. */
const scopeOf = (partition: string): string => {
  const [owner, tenant] = partition.split('#');
  return owner === 'T' && tenant ? `T#${tenant}` : (owner ?? '');
};

const inScope = (value: string, scope: string): boolean => value === scope || value.startsWith(`${scope}#`);

/**
 * Decodes a cursor for a query on `partitionAttribute = partition` and refuses one that was
 * altered to start elsewhere: every key attribute must be a known one, the queried partition must
 * match exactly, and every other partition key must stay in the same tenant (or owner) scope.
 */
export const decodeCursor = (cursor: string, partitionAttribute: string, partition: string): LastKey => {
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new CursorInvalidError();
  }
  const scope = scopeOf(partition);
  const entries = Object.entries(parsed.key);
  const valid =
    parsed.key[partitionAttribute] === partition &&
    entries.every(([name, value]) => {
      if (!keyAttributes.includes(name)) return false;
      if (!name.endsWith('pk')) return true;
      return typeof value === 'string' && inScope(value, scope);
    });
  if (!valid) throw new CursorInvalidError();
  return parsed.key;
};
