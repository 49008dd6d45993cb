import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalSearchSnapshotStore } from './local-search-snapshot-store';

const dir = mkdtempSync(join(tmpdir(), 'linkki-snapshots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  { where: 'in the data folder', dir },
  { where: 'in memory', dir: null },
])('search snapshots $where', ({ dir: folder }) => {
  it("reads null before the first write, then the county's latest bytes, and no other county's", async () => {
    const store = createLocalSearchSnapshotStore({ dir: folder });
    expect(await store.read('kainuu')).toBeNull();
    await store.write('kainuu', new Uint8Array([1, 2]));
    await store.write('kainuu', new Uint8Array([3, 4, 5]));
    expect([...((await store.read('kainuu')) ?? [])]).toEqual([3, 4, 5]);
    expect(await store.read('lappi')).toBeNull();
  });

  it('refuses a key that is no county slug', async () => {
    const store = createLocalSearchSnapshotStore({ dir: folder });
    await expect(store.write('../../escape', new Uint8Array([1]))).rejects.toThrow();
  });
});

describe('search snapshots in the data folder', () => {
  it('leaves one file per county and no temporary file behind', async () => {
    const store = createLocalSearchSnapshotStore({ dir });
    await store.write('pirkanmaa', new Uint8Array([9]));
    expect(readdirSync(join(dir, 'search-snapshots')).sort()).toEqual(['kainuu.snapshot', 'pirkanmaa.snapshot']);
    // A second store on the same folder (a restarted platform) reads what the first wrote.
    expect([...((await createLocalSearchSnapshotStore({ dir }).read('pirkanmaa')) ?? [])]).toEqual([9]);
  });
});
