import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateAddressHashKey } from './address-hash-key';

const dir = mkdtempSync(join(tmpdir(), 'linkki-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the local address hash key', () => {
  it('is made once, kept private in the data folder and read back after a restart', () => {
    const file = join(dir, 'data', 'address-hash-key');
    const key = loadOrCreateAddressHashKey(file);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateAddressHashKey(file)).toBe(key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('is a new random one each time without a data folder', () => {
    expect(loadOrCreateAddressHashKey(null)).not.toBe(loadOrCreateAddressHashKey(null));
  });
});
