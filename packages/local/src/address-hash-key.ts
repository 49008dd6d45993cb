import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The local stand-in for the stack's generated secret: a random key made once and kept beside the
 * local data, so the hashes of client addresses (and the addresses a county knows) survive a
 * restart; in memory when `file` is null.
 */
export const loadOrCreateAddressHashKey = (file: string | null): string => {
  if (file && existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('base64url');
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, key, { mode: 0o600 });
  }
  return key;
};
