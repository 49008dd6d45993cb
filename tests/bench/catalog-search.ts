import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchSnapshotParts, type SearchSnapshotStore } from '@linkki/api';
import { createActivityRepository, createOrganisationRepository, defaultTableName } from '@linkki/db';
import { type CatalogSearchInput, deserializeSearchIndex, helsinkiDayOf, wellbeingCounties } from '@linkki/domain';
import { buildApiDependencies, createApiHandler, createSearchSnapshotHandler, loadConfig } from '@linkki/functions';
import { createLocalAccountDirectory, createLocalExportStore, createLocalSearchSnapshotStore, generateCatalog, lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { apiGatewayEvent } from '../helpers/api-harness';
import { type BenchPlatform, inPool } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

const tenant = 'pohjois-savo';
const size = Number(process.env.BENCH_CATALOG_SIZE ?? 20_000);
const dayMs = 24 * 60 * 60 * 1000;

/**
 * What the bench cannot measure here: the S3 GET of the snapshot from the API Lambda in eu-north-1.
 * Assumed: 25 ms to the first byte and 75 MB/s after it (the middle of the 50–100 MB/s a
 * 1 GB Lambda gets from S3 in its own region); the assumed time is added to the cold figure.
 */
const s3 = { firstByteMs: 25, megabytesPerSecond: 75 };
const s3GetMs = (bytes: number): number => s3.firstByteMs + (bytes / 1_000_000 / s3.megabytesPerSecond) * 1000;

const queries: Partial<CatalogSearchInput>[] = [
  { q: 'liikunta' },
  { q: 'ikäihmiset kuopio' },
  { q: 'vertaistuki' },
  { q: 'kuntosli' },
  { q: 'muistikahvila' },
  { q: 'omaishoitajat', free: true },
  { themes: ['exercise'], municipalities: ['Kuopio'] },
  { targetGroups: ['elderly'], weekdays: [2], free: true },
  { q: 'luonto', order: 'upcoming' },
  { q: 'walking' },
  { q: 'motion' },
  {},
];

const searchBody = (input: Partial<CatalogSearchInput>) => JSON.stringify({ 0: input });
const p99Of = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(0.99 * samples.length))] ?? Number.NaN;
const timed = async <T>(operation: () => Promise<T> | T): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await operation();
  return { value, ms: performance.now() - started };
};

/** Loads `size` generated listings straight through the repositories, as organisations would have created them. */
const loadCatalog = async ({ tables }: BenchPlatform) => {
  const municipalities = wellbeingCounties.find((county) => county.slug === tenant)?.municipalities ?? [];
  const catalog = generateCatalog(tenant, municipalities, size, 7);
  const gateway = tables.tenant(tenant);
  const organisations = createOrganisationRepository({ gateway, tenantId: tenant });
  const activities = createActivityRepository({ gateway, tenantId: tenant });
  for (const organisation of catalog.organisations) await organisations.register(organisation);
  await inPool(catalog.activities, 32, (activity) => activities.create({ id: activity.id, status: 'published', content: activity.content, userId: 'bench' }));
  return catalog;
};

/** A fresh API container on the bench's metered client: its own dependencies and search cache, its own clock. */
const freshContainer = (platform: BenchPlatform, { snapshots, now }: { snapshots?: SearchSnapshotStore; now?: () => Date }) => {
  const config = loadConfig({
    TABLE_NAME: defaultTableName,
    DYNAMODB_ENDPOINT: platform.dynamo.endpoint,
    AUTH_ISSUER: platform.issuer.issuer,
    AUTH_AUDIENCE: platform.issuer.audience,
    AUTH_JWKS_URL: 'https://bench.test/issuer/jwks.json',
  });
  const deps = buildApiDependencies(config, {
    keys: platform.issuer.keys,
    client: platform.client,
    accounts: createLocalAccountDirectory({ file: null }),
    exports: createLocalExportStore({ dir: null, baseUrl: () => 'http://localhost' }),
    ...(snapshots ? { searchSnapshots: snapshots } : {}),
    ...(now ? { now } : {}),
  });
  const handler = createApiHandler({ deps, maxBatchSize: 10 });
  return async (input: Partial<CatalogSearchInput>) => {
    // Lambda's own limit would end a cold build that DynamoDB Local serves slower than AWS; give it room to be measured.
    const result = await handler(apiGatewayEvent('/trpc/catalog.search', { headers: { 'x-tenant': tenant }, query: 'batch=1', body: searchBody(input) }), lambdaContext(120_000));
    if (result.statusCode !== 200) throw new Error(`search answered ${result.statusCode}: ${result.body}`);
    return JSON.parse(result.body ?? '[]') as [{ result: { data: { total: number } } }];
  };
};

/** The first search of a container: time, requests and capacity units. */
const firstSearch = async (platform: BenchPlatform, search: ReturnType<typeof freshContainer>) => {
  platform.meter.reset();
  const { ms } = await timed(() => search({ q: 'liikunta' }));
  return { ms, requests: platform.meter.requests, units: platform.meter.capacityUnits };
};

const writeSnapshots = async (platform: BenchPlatform, snapshots: SearchSnapshotStore) =>
  timed(() => createSearchSnapshotHandler({ tables: platform.tables, snapshots })({ time: new Date().toISOString() } as ScheduledEvent, lambdaContext(10 * 60_000)));

/** How long each part of a snapshot takes to decode, and how big it is. */
const snapshotFigures = async (snapshots: SearchSnapshotStore) => {
  const { value: bytes, ms: readMs } = await timed(() => snapshots.read(tenant));
  if (!bytes) throw new Error(`no snapshot written for ${tenant}`);
  const parts = searchSnapshotParts(tenant, bytes);
  const json = await timed(() => JSON.parse(Buffer.from(parts.catalog).toString('utf8')) as unknown);
  const index = await timed(() => deserializeSearchIndex(parts.index));
  return { bytes: bytes.length, readMs, catalogBytes: parts.catalog.length, listingBytes: parts.listings.length, indexBytes: parts.index.length, jsonMs: json.ms, indexMs: index.ms };
};

const mb = (bytes: number) => `${fixed(bytes / 1_000_000, 1)} MB`;

export const benchCatalogSearch = async (platform: BenchPlatform): Promise<void> => {
  const loadStarted = performance.now();
  const catalog = await loadCatalog(platform);
  console.log(`\nCatalog search at ${size} published activities in ${tenant} (loaded in ${fixed((performance.now() - loadStarted) / 1000, 1)} s)`);
  const dir = mkdtempSync(join(tmpdir(), 'linkki-bench-snapshots-'));
  try {
    const snapshots = createLocalSearchSnapshotStore({ dir });

    const built = await firstSearch(platform, freshContainer(platform, {}));
    console.log(`  old path, first search builds from the table:  ${fixed(built.ms, 0)} ms, ${built.requests} DynamoDB requests, ${fixed(built.units, 1)} capacity units`);

    const firstRun = await writeSnapshots(platform, snapshots);
    const secondRun = await writeSnapshots(platform, snapshots);
    console.log(`  snapshot job, every active county: first run (builds) ${fixed(firstRun.ms, 0)} ms, next run (catch-up) ${fixed(secondRun.ms, 0)} ms`);
    const figures = await snapshotFigures(snapshots);
    console.log(
      `  snapshot of ${tenant}: ${mb(figures.bytes)} (catalog JSON ${mb(figures.catalogBytes)}, listings parsed when read ${mb(figures.listingBytes)}, index ${mb(figures.indexBytes)}); read ${fixed(figures.readMs, 0)} ms, catalog JSON.parse ${fixed(figures.jsonMs, 0)} ms, index load ${fixed(figures.indexMs, 0)} ms`,
    );

    let shift = 0;
    const search = freshContainer(platform, { snapshots, now: () => new Date(Date.now() + shift) });
    const cold = await firstSearch(platform, search);
    const assumedGet = s3GetMs(figures.bytes);
    console.log(
      `  cold first search from the snapshot (data folder read, decode, change-feed catch-up): ${fixed(cold.ms, 0)} ms, ${cold.requests} DynamoDB requests, ${fixed(cold.units, 1)} capacity units`,
    );
    console.log(
      `    + assumed S3 GET of ${mb(figures.bytes)} in eu-north-1 (${s3.firstByteMs} ms first byte, ${s3.megabytesPerSecond} MB/s): ${fixed(assumedGet, 0)} ms => cold in AWS ≈ ${fixed(cold.ms + assumedGet, 0)} ms (target ≤ 1000 ms)`,
    );

    let turn = 0;
    const next = () => queries[turn++ % queries.length] ?? {};
    platform.meter.reset();
    const samples = await measure(() => search(next()), { warmup: 50, iterations: 600 });
    const warm = { ...latencyOf(samples), p99: p99Of(samples) };
    console.log(`  warm search through the handler: p50 ${fixed(warm.p50)} ms, p95 ${fixed(warm.p95)} ms, p99 ${fixed(warm.p99)} ms (${queries.length} different queries)`);
    console.log(`  DynamoDB requests per warm search: ${fixed(platform.meter.requests / 650, 3)} (the change feed is read at most once a second; never a Scan)`);

    await search({ q: 'liikunta' });
    shift = dayMs;
    const dayChange = await firstSearch(platform, search);
    console.log(
      `  first search after the Helsinki day changed (${helsinkiDayOf(new Date(Date.now() + shift))}): ${fixed(dayChange.ms, 1)} ms, ${dayChange.requests} DynamoDB requests vs warm p99 ${fixed(warm.p99, 1)} ms (no rebuild)`,
    );
    shift = 0;

    const target = catalog.activities[0];
    if (!target) return;
    const activities = createActivityRepository({ gateway: platform.tables.tenant(tenant), tenantId: tenant });
    const current = await activities.byId(target.id);
    if (!current) return;
    const edited = performance.now();
    await activities.apply({ activity: current, userId: 'bench', changes: { content: { ...current.content, title: { fi: 'Zyzzyvakerho' } } } });
    for (;;) {
      if ((await search({ q: 'zyzzyvakerho' }))[0].result.data.total > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    console.log(`  an edit showed in search after ${fixed(performance.now() - edited, 0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
