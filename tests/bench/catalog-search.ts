import { createActivityRepository, createOrganisationRepository } from '@linkki/db';
import { type CatalogSearchInput, wellbeingCounties } from '@linkki/domain';
import { generateCatalog, lambdaContext } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import { type BenchPlatform, inPool } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

const tenant = 'pohjois-savo';
const size = Number(process.env.BENCH_CATALOG_SIZE ?? 20_000);

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

export const benchCatalogSearch = async (platform: BenchPlatform): Promise<void> => {
  const { handler, meter, deps } = platform;
  const loadStarted = performance.now();
  const catalog = await loadCatalog(platform);
  console.log(`\nCatalog search at ${size} published activities in ${tenant} (loaded in ${fixed((performance.now() - loadStarted) / 1000, 1)} s)`);

  const call = async (input: Partial<CatalogSearchInput>) => {
    // Lambda's own limit would end a cold build that DynamoDB Local serves slower than AWS; give it room to be measured.
    const result = await handler(apiGatewayEvent('/trpc/catalog.search', { headers: { 'x-tenant': tenant }, query: 'batch=1', body: searchBody(input) }), lambdaContext(120_000));
    if (result.statusCode !== 200) throw new Error(`search answered ${result.statusCode}: ${result.body}`);
    return result;
  };

  meter.reset();
  const coldStarted = performance.now();
  await call({ q: 'liikunta' });
  console.log(
    `  cold start (first search builds the tenant index): ${fixed(performance.now() - coldStarted, 0)} ms, ${meter.requests} DynamoDB requests, ${fixed(meter.capacityUnits, 1)} capacity units`,
  );

  let turn = 0;
  const next = () => queries[turn++ % queries.length] ?? {};
  meter.reset();
  const viaHandler = latencyOf(await measure(() => call(next()), { warmup: 50, iterations: 600 }));
  const perSearch = meter.requests / 650;
  const index = (await deps.catalogSearch.forTenant(tenant)).index;
  const raw = latencyOf(await measure(async () => index.search({ order: 'relevance', offset: 0, limit: 20, ...next() }), { warmup: 50, iterations: 600 }));
  console.log(`  warm search through the handler: p50 ${fixed(viaHandler.p50)} ms, p95 ${fixed(viaHandler.p95)} ms (${queries.length} different queries)`);
  console.log(`  raw in-memory index lookup:      p50 ${fixed(raw.p50)} ms, p95 ${fixed(raw.p95)} ms; handler/raw p95 ratio ${fixed(viaHandler.p95 / raw.p95, 1)}x`);
  console.log(`  DynamoDB requests per warm search: ${fixed(perSearch, 3)} (the change feed is read at most once a second; never a Scan)`);

  const target = catalog.activities[0];
  if (!target) return;
  const activities = createActivityRepository({ gateway: platform.tables.tenant(tenant), tenantId: tenant });
  const current = await activities.byId(target.id);
  if (!current) return;
  const edited = performance.now();
  await activities.apply({ activity: current, userId: 'bench', changes: { content: { ...current.content, title: { fi: 'Zyzzyvakerho' } } } });
  for (;;) {
    const body = JSON.parse((await call({ q: 'zyzzyvakerho' })).body ?? '[]') as [{ result: { data: { total: number } } }];
    if (body[0].result.data.total > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  console.log(`  an edit showed in search after ${fixed(performance.now() - edited, 0)} ms`);
};
