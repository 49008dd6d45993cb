import { randomUUID } from 'node:crypto';
import type { SearchSnapshotStore } from '@linkki/api';
import { createActivityRepository, createDocumentClient, createOrganisationRepository } from '@linkki/db';
import { helsinkiDayOf } from '@linkki/domain';
import { buildApiDependencies, createApiHandler, createSearchSnapshotHandler, loadConfig } from '@linkki/functions';
import { createDevIssuer, createLocalAccountDirectory, createLocalExportStore, createLocalSearchSnapshotStore, lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, testAddressHashKey, testIssuerUrl } from '../helpers/api-harness';
import { activityContent, fixtureOrganisation, registerFixtureOrganisations, uniqueBusinessId } from '../helpers/catalog-fixtures';
import { createTestTable, type TestTable } from '../helpers/test-table';

const tenant = 'lappi';
const dayMs = 24 * 60 * 60 * 1000;

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
  await registerFixtureOrganisations(table.tables, tenant);
});

const activities = () => createActivityRepository({ gateway: table.tables.tenant(tenant), tenantId: tenant });

const publish = async (title: string, content: Parameters<typeof activityContent>[0] = {}) => {
  const id = `la-snap-${randomUUID().slice(0, 8)}`;
  await activities().create({ id, status: 'published', content: activityContent({ title: { fi: title }, ...content }), userId: 'test-editor' });
  return id;
};

/** Runs the writer job's deployed handler once against the test table. */
const writeSnapshots = async (snapshots: SearchSnapshotStore) =>
  createSearchSnapshotHandler({ tables: table.tables, snapshots })({ time: new Date().toISOString() } as ScheduledEvent, lambdaContext(60_000));

/** The index each DynamoDB Query of a client names ('table' for none): the published set is `gsi2`, the change feed `gsi3`. */
const recordQueries = (client: ReturnType<typeof createDocumentClient>) => {
  const queried: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') queried.push((args.input as { IndexName?: string }).IndexName ?? 'table');
      return next(args);
    },
    { step: 'initialize', name: 'recordQueries' },
  );
  return queried;
};

/** A new API container (the real Lambda handler, its own client) on the test table, reading snapshots from `snapshots`. */
const startContainer = async (snapshots: SearchSnapshotStore, now?: () => Date) => {
  const issuer = await createDevIssuer({ issuer: testIssuerUrl, keyFile: null });
  const client = createDocumentClient({ endpoint: table.endpoint });
  const queried = recordQueries(client);
  const config = loadConfig({
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    AUTH_JWKS_URL: `${testIssuerUrl}/jwks.json`,
    ADDRESS_HASH_KEY: testAddressHashKey,
  });
  const deps = buildApiDependencies(config, {
    keys: issuer.keys,
    client,
    accounts: createLocalAccountDirectory({ file: null }),
    exports: createLocalExportStore({ dir: null, baseUrl: () => 'http://localhost' }),
    searchSnapshots: snapshots,
    ...(now ? { now } : {}),
  });
  const handler = createApiHandler({ deps, maxBatchSize: 10 });
  const cards = async (q: string): Promise<{ id: string; organisation: { name: { fi: string } } }[]> => {
    const event = apiGatewayEvent('/trpc/catalog.search', { headers: { 'x-tenant': tenant }, query: 'batch=1', body: JSON.stringify({ 0: { q, limit: 50 } }) });
    const result = await handler(event, lambdaContext());
    expect(result.statusCode).toBe(200);
    return (JSON.parse(result.body ?? '[]') as [{ result: { data: { items: { id: string; organisation: { name: { fi: string } } }[] } } }])[0].result.data.items;
  };
  const search = async (q: string): Promise<string[]> => (await cards(q)).map((card) => card.id).sort();
  return { search, cards, queried };
};

const builds = (queried: string[]) => queried.filter((index) => index === 'gsi2').length;
const feedReads = (queried: string[]) => queried.filter((index) => index === 'gsi3').length;

describe('search snapshots, through the real handlers', () => {
  it('a container started from a snapshot answers its first search reading nothing of the catalog but the change feed, and finds what changed after the snapshot', async () => {
    const snapshots = createLocalSearchSnapshotStore({ dir: null });
    const before = await publish('Xenonretki ennen');
    const first = await writeSnapshots(snapshots);
    expect(first.written.find((written) => written.county === tenant)).toMatchObject({ from: 'table' });
    const after = await publish('Xenonretki jälkeen');

    const container = await startContainer(snapshots);
    expect(await container.search('xenonretki')).toEqual([after, before].sort());
    expect({ builds: builds(container.queried), feedReads: feedReads(container.queried) }).toEqual({ builds: 0, feedReads: 1 });

    // Without a snapshot the same first search builds: eight shards of the published set.
    const cold = await startContainer(createLocalSearchSnapshotStore({ dir: null }));
    expect(await cold.search('xenonretki')).toEqual([after, before].sort());
    expect(builds(cold.queried)).toBe(8);
  });

  it('a warm container takes in an organisation renamed since its load: it loads the newest snapshot again in the background', async () => {
    const snapshots = createLocalSearchSnapshotStore({ dir: null });
    const organisations = createOrganisationRepository({ gateway: table.tables.tenant(tenant), tenantId: tenant });
    const organisation = await organisations.register({
      ...fixtureOrganisation,
      id: `la-snap-org-${randomUUID().slice(0, 8)}`,
      name: { fi: 'Hafniumin kyläyhdistys ry' },
      businessId: uniqueBusinessId(),
    });
    if (!organisation) throw new Error('the organisation was not registered');
    const id = await publish('Hafniumkerho', { organisationId: organisation.id });
    await writeSnapshots(snapshots);
    let clock = Date.now();
    const container = await startContainer(snapshots, () => new Date(clock));
    const organisationOf = async () => (await container.cards('hafniumkerho')).find((card) => card.id === id)?.organisation.name.fi;
    expect(await organisationOf()).toBe('Hafniumin kyläyhdistys ry');

    // A rename is not in the listings' change feed: the job takes it into the next snapshot.
    const { kind, businessId, contact, municipalities } = organisation;
    await organisations.update(organisation, organisation.version, { kind, businessId, contact, municipalities, name: { fi: 'Hafniumin kylä ry' } });
    await writeSnapshots(snapshots);
    expect(await organisationOf()).toBe('Hafniumin kyläyhdistys ry');

    clock += 16 * 60_000;
    // The search that finds the catalog old answers from it at once and starts the reload.
    expect(await organisationOf()).toBe('Hafniumin kyläyhdistys ry');
    await expect.poll(organisationOf, { timeout: 10_000, interval: 100 }).toBe('Hafniumin kylä ry');
  });

  it('the job carries a snapshot forward from the change feed, and an edit shows in a running container within the freshness', async () => {
    const snapshots = createLocalSearchSnapshotStore({ dir: null });
    await writeSnapshots(snapshots);
    const id = await publish('Zirkonikävely');
    const second = await writeSnapshots(snapshots);
    // The listing, and whatever else the change feed's overlap reaches back to of the tests before.
    const carried = second.written.find((written) => written.county === tenant);
    expect(carried).toMatchObject({ from: 'snapshot' });
    expect(carried?.changes).toBeGreaterThanOrEqual(1);
    expect(carried?.changes).toBeLessThan(10);

    const container = await startContainer(snapshots);
    expect(await container.search('zirkonikävely')).toEqual([id]);
    const current = await activities().byId(id);
    if (!current) throw new Error('the listing is gone');
    await activities().apply({ activity: current, userId: 'test-editor', changes: { content: { ...current.content, title: { fi: 'Kvasaarikävely' } } } });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await container.search('kvasaarikävely')).toEqual([id]);
    expect(await container.search('zirkonikävely')).toEqual([]);
    expect(builds(container.queried)).toBe(0);
  });

  it('a listing whose validity ends today is gone once the Helsinki day changes, without a rebuild', async () => {
    let shift = 0;
    const now = () => new Date(Date.now() + shift);
    const id = await publish('Xylofonijooga', { validUntil: helsinkiDayOf(now()) });
    const snapshots = createLocalSearchSnapshotStore({ dir: null });
    await writeSnapshots(snapshots);
    const container = await startContainer(snapshots, now);
    expect(await container.search('xylofonijooga')).toEqual([id]);
    shift = dayMs;
    expect(await container.search('xylofonijooga')).toEqual([]);
    expect(builds(container.queried)).toBe(0);
  });

  it('a damaged snapshot is set aside: the container builds from the table and answers as usual, and the job writes a good one again', async () => {
    const id = await publish('Zeppeliinikisa');
    const snapshots = createLocalSearchSnapshotStore({ dir: null });
    await writeSnapshots(snapshots);
    const good = await snapshots.read(tenant);
    if (!good) throw new Error('no snapshot written');
    const damaged = good.slice();
    damaged.fill(0, 100, 200);
    await snapshots.write(tenant, damaged);

    const container = await startContainer(snapshots);
    expect(await container.search('zeppeliinikisa')).toEqual([id]);
    expect(builds(container.queried)).toBe(8);

    const rewritten = await writeSnapshots(snapshots);
    expect(rewritten.unusable.map((unusable) => unusable.county)).toEqual([tenant]);
    expect(rewritten.written.find((written) => written.county === tenant)).toMatchObject({ from: 'table' });
    const next = await startContainer(snapshots);
    expect(await next.search('zeppeliinikisa')).toEqual([id]);
    expect(builds(next.queried)).toBe(0);
  });
});
