import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAddressHasher } from './address-hash';

const slugOnlyHash = (tenantId: string, address: string) => createHash('sha256').update(`${tenantId}:${address}`).digest('base64url').slice(0, 22);

describe('the address hash', () => {
  it('depends on the secret key, not only on the public county slug', async () => {
    const first = await createAddressHasher('first-secret-key-0123456789abcdef')('lappi', '192.0.2.7');
    const second = await createAddressHasher('second-secret-key-0123456789abcdef')('lappi', '192.0.2.7');
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(slugOnlyHash('lappi', '192.0.2.7'));
    expect(await createAddressHasher('first-secret-key-0123456789abcdef')('pohjois-savo', '192.0.2.7')).not.toBe(first);
  });

  it('reads a key from configuration once, and again after a failed read', async () => {
    let reads = 0;
    const hash = createAddressHasher(async () => {
      reads += 1;
      if (reads === 1) throw new Error('not reachable');
      return 'key-from-secrets-manager-0123456789';
    });
    await expect(hash('lappi', '192.0.2.7')).rejects.toThrow('not reachable');
    const once = await hash('lappi', '192.0.2.7');
    expect(await hash('lappi', '192.0.2.8')).not.toBe(once);
    expect(reads).toBe(2);
  });
});
