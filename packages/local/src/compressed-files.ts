import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { compress, type ContentCoding } from './content-encoding';

interface FileVariants {
  version: string;
  variants: Map<ContentCoding, Promise<Buffer>>;
}

/** Per file path; a rebuilt file gets a new version and replaces the old copies. */
const cache = new Map<string, FileVariants>();

/** Size and modification time tell a rebuilt file apart without reading it. */
export const fileVersionOf = (stats: Stats): string => `${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}`;

/**
 * A file's compressed copy, made once per version of the file and then kept in memory: built
 * assets never change under their hashed names, so compressing them again per request (or per
 * server start, for files nobody asks for) would only spend time. Requests that arrive while the
 * copy is being made wait for that one copy.
 */
export const compressedFile = (file: string, stats: Stats, coding: ContentCoding): Promise<Buffer> => {
  const version = fileVersionOf(stats);
  const cached = cache.get(file);
  const entry = cached?.version === version ? cached : { version, variants: new Map<ContentCoding, Promise<Buffer>>() };
  cache.set(file, entry);
  const existing = entry.variants.get(coding);
  if (existing) return existing;
  const variant = readFile(file).then((body) => compress(body, coding));
  entry.variants.set(coding, variant);
  // A failed copy is not kept, so the next request tries again; this request still sees the error.
  variant.catch(() => entry.variants.get(coding) === variant && entry.variants.delete(coding));
  return variant;
};
