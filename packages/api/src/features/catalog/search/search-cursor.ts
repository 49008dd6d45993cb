import { createHash } from 'node:crypto';
import { CursorInvalidError } from '@linkki/db';
import type { CatalogSearchInput } from '@linkki/domain';

/** Ties a cursor to the query it came from, so a page of one search is never read into another. */
const fingerprintOf = ({ cursor: _cursor, limit: _limit, ...query }: CatalogSearchInput): string => createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);

export const encodeSearchCursor = (input: CatalogSearchInput, offset: number): string => Buffer.from(JSON.stringify({ o: offset, f: fingerprintOf(input) })).toString('base64url');

export const offsetOf = (input: CatalogSearchInput): number => {
  if (!input.cursor) return 0;
  try {
    const { o, f } = JSON.parse(Buffer.from(input.cursor, 'base64url').toString('utf8')) as { o: unknown; f: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && o <= 100_000 && f === fingerprintOf(input)) return o;
  } catch {
    // fall through: not a cursor of ours
  }
  throw new CursorInvalidError();
};
