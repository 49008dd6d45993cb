import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { CountyOffboardingFailedError, type ExportStore, runCountyOffboarding } from '@linkki/api';
import { createTenantRepository } from '@linkki/db';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedurePath } from '../helpers/api-harness';

interface County {
  slug: string;
  status: string;
  version: number;
  offboarding?: { deleteFrom: string; export?: { items: number }; deletion?: { removed: number; byEntity: Record<string, number> } };
}

let api: ApiHarness;
let now = Date.parse('2026-12-03T10:00:00Z');
let operator: string;
const day = 24 * 60 * 60 * 1000;

/** Every item of the table, as `pk` → a digest of the partition's items, for proving what a run left alone. */
const partitions = async (): Promise<Map<string, string>> => {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await api.client.send(new ScanCommand({ TableName: api.tableName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  const byPartition = new Map<string, string[]>();
  for (const item of items) {
    const pk = String(item.pk);
    byPartition.set(pk, [...(byPartition.get(pk) ?? []), JSON.stringify(item, Object.keys(item).sort())]);
  }
  return new Map([...byPartition].map(([pk, lines]) => [pk, createHash('sha256').update(lines.sort().join('\n')).digest('hex')]));
};

const isLappi = (pk: string) => pk === 'T#lappi' || pk.startsWith('T#lappi#');
const counties = async () => dataOf<County[]>(await api.call('counties.list', undefined, { token: operator }));
const county = async (slug: string) => (await counties()).find((candidate) => candidate.slug === slug) as County;
const runJob = (exports: ExportStore = api.exports) => runCountyOffboarding({ tables: api.tables, exports, now: new Date(now) });
const operatorCall = (path: ProcedurePath, input: unknown) => api.call(path, input, { token: operator });

beforeAll(async () => {
  api = await createApiHarness({ now: () => new Date(now) });
  operator = await api.tokenFor('platformAdmin', null, 'test-operator');
  // A county whose slug begins like Lappi's: its items must survive Lappi's deletion.
  await api.tables.platform.putIfAbsent({ pk: 'T#lappi-2#PROBE', sk: 'PROBE', entity: 'probe' });
});

describe('offboarding a county', () => {
  it('is confirmed by typing the county, refuses its staff at once, exports everything it holds, and deletes it only after the grace period', async () => {
    const before = await partitions();
    const lappi = await county('lappi');
    const staffToken = await api.tokenFor('coordinator', 'lappi');

    const unconfirmed = await operatorCall('counties.offboard', { slug: 'lappi', expectedVersion: lappi.version, confirmation: 'kainuu' });
    expect(errorCodeOf(unconfirmed)).toBe('BAD_REQUEST');
    expect(JSON.stringify(unconfirmed.body)).toContain('confirmation');
    expect(errorCodeOf(await operatorCall('counties.offboard', { slug: 'lappi', expectedVersion: lappi.version + 1, confirmation: 'lappi' }))).toBe('CONFLICT');

    const leaving = dataOf<County>(await operatorCall('counties.offboard', { slug: 'lappi', expectedVersion: lappi.version, confirmation: 'lappi' }));
    expect(leaving).toMatchObject({ status: 'offboarding', offboarding: { deleteFrom: '2027-01-02T10:00:00.000Z' } });
    expect(errorCodeOf(await api.call('staff.list', {}, { token: staffToken }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.call('catalog.search', { query: 'liikunta' }, { tenant: 'lappi' }))).toBe('NOT_FOUND');
    // Residents see that Lappi is leaving, not who decided it or where its archive is.
    const publicList = dataOf<Array<{ slug: string; status: string; offboarding?: unknown }>>(await api.call('tenants.list', undefined, { method: 'GET' }));
    expect(publicList.find((candidate) => candidate.slug === 'lappi')).toMatchObject({ status: 'offboarding' });
    expect(publicList.some((candidate) => candidate.offboarding !== undefined)).toBe(false);

    const notYet = await operatorCall('counties.exportLink', { slug: 'lappi' });
    expect(errorCodeOf(notYet)).toBe('CONFLICT');
    expect(JSON.stringify(notYet.body)).toContain('CountyExportNotReadyError');

    const exported = await runJob();
    const lappiKeys = [...before.keys()].filter(isLappi);
    expect(exported).toEqual({ exported: [{ county: 'lappi', items: expect.any(Number), bytes: expect.any(Number) }], deleted: [], failed: [] });

    const link = dataOf<{ url: string; fileName: string; items: number }>(await operatorCall('counties.exportLink', { slug: 'lappi' }));
    expect(link.fileName).toBe('linkki-lappi-2026-12-03.zip');
    const url = new URL(link.url);
    const archive = api.exports.read(decodeURIComponent(url.pathname.replace('/dev/exports/', '')), url.searchParams.get('expires') ?? '', url.searchParams.get('signature') ?? '');
    const files = unzipSync(archive ?? new Uint8Array());
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as { items: number; byEntity: Record<string, number> };
    expect(manifest.items).toBe(link.items);
    expect(manifest.byEntity.activity).toBeGreaterThan(0);
    const users = strFromU8(files['items/user.jsonl'] ?? new Uint8Array())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { tenantId: string; pk?: string });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((user) => user.tenantId === 'lappi' && user.pk === undefined)).toBe(true);
    const services = JSON.parse(strFromU8(files['hsds/services.json'] ?? new Uint8Array())) as { contents: unknown[] };
    expect(services.contents.length).toBeGreaterThan(0);
    const allText = Object.values(files)
      .map((file) => strFromU8(file))
      .join('\n');
    expect(allText).not.toContain('pohjois-savo');

    // Each link handed out is recorded apart from the county's items, and outlives their deletion.
    const downloadsOf = async () => ((await county('lappi')) as County & { exportDownloads?: Array<{ by: string }> }).exportDownloads?.map((download) => download.by);
    expect(await downloadsOf()).toEqual(['test-operator']);

    const early = await operatorCall('counties.confirmDeletion', { slug: 'lappi', expectedVersion: (await county('lappi')).version, confirmation: 'lappi' });
    expect(errorCodeOf(early)).toBe('CONFLICT');
    expect(JSON.stringify(early.body)).toContain('grace period');
    expect((await runJob()).deleted).toEqual([]);

    now += 31 * day;
    const confirmed = dataOf<County>(await operatorCall('counties.confirmDeletion', { slug: 'lappi', expectedVersion: (await county('lappi')).version, confirmation: 'lappi' }));
    expect(errorCodeOf(await operatorCall('counties.cancelOffboarding', { slug: 'lappi', expectedVersion: confirmed.version }))).toBe('CONFLICT');

    // An archive that has expired in the meantime is made again before anything is deleted.
    const expired = await runJob({ ...api.exports, exists: async () => false });
    expect(expired).toMatchObject({ exported: [{ county: 'lappi' }], deleted: [] });
    expect([...(await partitions()).keys()].filter(isLappi).length).toBeGreaterThan(0);

    const deleted = await runJob();
    const after = await partitions();
    expect([...after.keys()].filter(isLappi)).toEqual([]);
    const gone = await county('lappi');
    expect(gone.status).toBe('offboarded');
    expect(deleted.deleted).toEqual([{ county: 'lappi', removed: gone.offboarding?.deletion?.removed }]);
    expect(gone.offboarding?.deletion?.byEntity.activity).toBe(manifest.byEntity.activity);
    expect(gone.offboarding?.deletion?.removed).toBeGreaterThanOrEqual(lappiKeys.length);

    // Every other partition is exactly as it was, but for the registry's own entry of Lappi.
    for (const [pk, digest] of before) {
      if (isLappi(pk) || pk === 'PLATFORM#TENANTS') continue;
      expect(after.get(pk), pk).toBe(digest);
    }
    expect(after.get('T#lappi-2#PROBE')).toBeDefined();
    expect(await downloadsOf()).toEqual(['test-operator']);
    expect((await runJob()).deleted).toEqual([]);
  });

  it('can be cancelled during the grace period, leaving the county suspended with all its data', async () => {
    const before = await partitions();
    const target = await county('keski-pohjanmaa');
    const leaving = dataOf<County>(await operatorCall('counties.offboard', { slug: target.slug, expectedVersion: target.version, confirmation: target.slug }));
    const kept = dataOf<County>(await operatorCall('counties.cancelOffboarding', { slug: target.slug, expectedVersion: leaving.version }));
    expect(kept.status).toBe('suspended');
    expect(kept.offboarding).toBeUndefined();
    expect((await runJob()).exported).toEqual([]);
    const after = await partitions();
    for (const [pk, digest] of before) if (pk !== 'PLATFORM#TENANTS') expect(after.get(pk), pk).toBe(digest);
    const registry = await createTenantRepository(api.tables.platform).bySlug(target.slug);
    expect(registry?.status).toBe('suspended');
  });

  it("goes on with the other counties when one county's step fails, and then fails the run so its alarm goes off", async () => {
    for (const slug of ['pohjois-savo', 'keski-pohjanmaa']) {
      const target = await county(slug);
      expect(errorCodeOf(await operatorCall('counties.offboard', { slug, expectedVersion: target.version, confirmation: slug }))).toBeUndefined();
    }
    const failing: ExportStore = {
      ...api.exports,
      save: async (key, body, type) => {
        if (key.includes('pohjois-savo')) throw new Error('bucket unavailable');
        await api.exports.save(key, body, type);
      },
    };
    const failure = await runJob(failing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CountyOffboardingFailedError);
    expect((failure as CountyOffboardingFailedError).report).toMatchObject({
      exported: [{ county: 'keski-pohjanmaa' }],
      failed: [{ county: 'pohjois-savo', error: 'bucket unavailable' }],
    });
    expect((await county('keski-pohjanmaa')).offboarding?.export).toBeDefined();
    expect((await county('pohjois-savo')).offboarding?.export).toBeUndefined();
  });
});
