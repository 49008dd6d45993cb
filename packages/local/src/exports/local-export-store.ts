import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import type { ExportStore } from '@linkki/api';

/** Where the local server hands out export downloads. */
export const localExportPath = '/dev/exports/';

/** How long a download link works, as in AWS. */
const linkSeconds = 5 * 60;

export interface LocalExportStore extends ExportStore {
  /** The file a signed download link names, or null when the link is wrong or has run out. */
  read(key: string, expires: string, signature: string, now?: Date): Uint8Array | null;
}

/**
 * The local stand-in for the exports bucket: archives in the data folder (in memory for tests),
 * downloaded through links signed like presigned URLs, with a key that lives as long as the process.
 */
export const createLocalExportStore = ({ dir, baseUrl, now = () => new Date() }: { dir: string | null; baseUrl: () => string; now?: () => Date }): LocalExportStore => {
  const secret = randomBytes(32);
  const memory = new Map<string, Uint8Array>();
  const signatureOf = (key: string, expires: string) => createHmac('sha256', secret).update(`${key}\n${expires}`).digest('base64url');
  const pathOf = (key: string) => {
    const path = normalize(join(dir ?? '', key));
    if (!dir || !path.startsWith(normalize(dir) + sep)) throw new Error(`Not an export key: ${key}`);
    return path;
  };
  return {
    async save(key, body) {
      if (!dir) {
        memory.set(key, body);
        return;
      }
      mkdirSync(dirname(pathOf(key)), { recursive: true });
      writeFileSync(pathOf(key), body);
    },
    async exists(key) {
      return dir ? existsSync(pathOf(key)) : memory.has(key);
    },
    async downloadLink(key, fileName) {
      const expiresAt = new Date(now().getTime() + linkSeconds * 1000);
      const expires = String(Math.floor(expiresAt.getTime() / 1000));
      const query = new URLSearchParams({ expires, signature: signatureOf(key, expires), filename: fileName });
      return { url: `${baseUrl()}${localExportPath}${key}?${query.toString()}`, expiresAt: expiresAt.toISOString() };
    },
    read(key, expires, signature, at = now()) {
      const expected = Buffer.from(signatureOf(key, expires));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      if (Number(expires) * 1000 < at.getTime()) return null;
      if (!dir) return memory.get(key) ?? null;
      const path = pathOf(key);
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
    },
  };
};
