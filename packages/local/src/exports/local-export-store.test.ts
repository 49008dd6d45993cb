import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalExportStore } from './local-export-store';

const dir = mkdtempSync(join(tmpdir(), 'linkki-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linkParts = (url: string) => {
  const parsed = new URL(url);
  return { key: parsed.pathname.replace('/dev/exports/', ''), expires: parsed.searchParams.get('expires') ?? '', signature: parsed.searchParams.get('signature') ?? '' };
};

describe('the local exports store', () => {
  it('keeps an archive in the data folder and gives it out only through a signed link that has not run out', async () => {
    let now = new Date('2026-12-03T10:00:00Z');
    const store = createLocalExportStore({ dir, baseUrl: () => 'http://localhost:3000', now: () => now });
    await store.save('counties/kainuu/a.zip', new Uint8Array([7, 8, 9]), 'application/zip');
    const link = await store.downloadLink('counties/kainuu/a.zip', 'a.zip');
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/dev\/exports\/counties\/kainuu\/a\.zip\?/);
    const { key, expires, signature } = linkParts(link.url);
    expect(store.read(key, expires, signature)).toEqual(new Uint8Array([7, 8, 9]));
    expect(store.read('counties/lappi/a.zip', expires, signature)).toBeNull();
    expect(store.read(key, String(Number(expires) + 60), signature)).toBeNull();
    now = new Date(now.getTime() + 6 * 60 * 1000);
    expect(store.read(key, expires, signature)).toBeNull();
  });

  it('refuses a key that would leave its folder', async () => {
    const store = createLocalExportStore({ dir, baseUrl: () => 'http://localhost:3000' });
    await expect(store.save('../outside.zip', new Uint8Array([1]), 'application/zip')).rejects.toThrow('Not an export key');
  });
});
