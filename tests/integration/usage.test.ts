import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createRequestMeter, type UsageOverview } from '@linkki/api';
import { type Activity, createActivityRepository, createStaffRepository, createTableGateway, createUsageRepository, createUserRepository, staffIndexOf, userKeyOf } from '@linkki/db';
import type { CountyUsage } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUsageDailyHandler } from '@linkki/functions';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';
import { referralCalls } from '../helpers/referral-fixtures';

/** A day no demo data falls on, so every figure of it comes from this file. */
const day = '2031-05-12';
const countyA = 'keski-pohjanmaa';
const countyB = 'lappi';
const runAt = new Date('2031-05-13T03:00:00.000Z');
let clock = Date.parse(`${day}T09:00:00.000Z`);

let api: ApiHarness;
let operator: string;
const requestsMade = { [countyA]: 0, [countyB]: 0 };

const runJob = () => createUsageDailyHandler({ tables: api.tables, now: () => runAt })({ time: runAt.toISOString() } as ScheduledEvent, lambdaContext(60_000));
const recordsOfDay = () => createUsageRepository(api.tables.platform).recordsOn(day);
const recordOf = async (tenantId: string): Promise<CountyUsage & { version: number }> => {
  const record = (await recordsOfDay()).find((candidate) => candidate.tenantId === tenantId);
  if (!record) throw new Error(`no usage record of ${tenantId}`);
  return record;
};

/** Every item whose partition key is the county's, counted here by a plain Scan. */
const itemsOf = async (tenantId: string): Promise<number> => {
  let count = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await api.client.send(new ScanCommand({ TableName: api.tableName, ProjectionExpression: 'pk', ExclusiveStartKey }));
    count += (page.Items ?? []).filter(({ pk }) => pk === `T#${tenantId}` || String(pk).startsWith(`T#${tenantId}#`)).length;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return count;
};

const activeStaffOf = async (tenantId: string): Promise<number> => {
  const staff = createStaffRepository({ gateway: api.tables.tenant(tenantId), tenantId });
  let active = 0;
  let cursor: string | undefined;
  do {
    const page = await staff.page({ cursor });
    active += page.items.filter((member) => member.status === 'active').length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return active;
};

const listingsOf = async (tenantId: string): Promise<number> => {
  const published: Activity[] = [];
  await createActivityRepository({ gateway: api.tables.tenant(tenantId), tenantId }).forEachPublished((activity) => published.push(activity));
  return published.length;
};

const averageItemBytes = async (): Promise<number> => {
  const { Table } = await api.client.send(new DescribeTableCommand({ TableName: api.tableName }));
  return (Table?.TableSizeBytes ?? 0) / (Table?.ItemCount ?? 1);
};

const waitFor = async (check: () => Promise<boolean>): Promise<void> => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting');
};

beforeAll(async () => {
  api = await createApiHarness({ now: () => new Date(clock) });
  operator = await api.tokenFor('platformAdmin', null, 'usage-operator');
  const users = (tenantId: string) => createUserRepository({ gateway: api.tables.tenant(tenantId), tenantId });
  // Not yet signed in and no longer in use: neither counts; a membership from before statuses does.
  await users(countyA).register({ userId: 'usage-invited', displayName: 'Kutsuttu Käyttäjä', roles: ['professional'], status: 'invited' });
  await users(countyA).register({ userId: 'usage-gone', displayName: 'Poistunut Käyttäjä', roles: ['professional'], status: 'deactivated' });
  const legacy = { ...userKeyOf(countyB, 'usage-legacy'), ...staffIndexOf(countyB, { displayName: 'Vanha Jäsen', userId: 'usage-legacy' }) };
  await api.client.send(
    new PutCommand({
      TableName: api.tableName,
      Item: { ...legacy, entity: 'user', userId: 'usage-legacy', tenantId: countyB, displayName: 'Vanha Jäsen', roles: ['professional'], version: 1, createdAt: day, updatedAt: day },
    }),
  );

  // The day before: a referral that is not the day's.
  const referrals = referralCalls(api);
  const nurseA = await api.tokenFor('professional', countyA, 'usage-nurse-a');
  const nurseB = await api.tokenFor('professional', countyB, 'usage-nurse-b');
  clock = Date.parse('2031-05-11T22:00:00.000Z');
  await referrals.create(nurseA);
  clock = Date.parse(`${day}T09:00:00.000Z`);
  await referrals.create(nurseA);
  await referrals.create(nurseA);
  await referrals.create(nurseB, { client: { name: 'Testi Asiakas', birthYear: 1950, municipality: 'Rovaniemi', phone: '040 123 4567', language: 'fi' } });
  requestsMade[countyA] += 2;
  requestsMade[countyB] += 1;
  for (let call = 0; call < 3; call += 1) expect(errorCodeOf(await api.call('catalog.search', {}, { tenant: countyB }))).toBeUndefined();
  requestsMade[countyB] += 3;
  // A made-up county is never written; the operator's own requests are no county's.
  await api.call('catalog.search', {}, { tenant: 'atlantis' });
  await api.call('counties.list', undefined, { token: operator });

  // A minute on, the next request writes what the container counted.
  clock += 61_000;
  await api.call('catalog.search', {}, { tenant: countyB });
  requestsMade[countyB] += 1;
  await waitFor(async () => (await createUsageRepository(api.tables.platform).requestsOn(day)).get(countyB) === requestsMade[countyB]);
});

describe('the daily usage job', () => {
  it("writes each county's figures of the day that has ended, each as counted from its own data", async () => {
    const report = await runJob();
    expect(report).toMatchObject({ day, storageComplete: true });
    const records = await recordsOfDay();
    expect(records.map((record) => record.tenantId).sort()).toHaveLength(report.counties);
    for (const [tenantId, referralsOpened] of [
      [countyA, 2],
      [countyB, 1],
    ] as const) {
      expect(await recordOf(tenantId)).toEqual({
        tenantId,
        day,
        measuredAt: runAt.toISOString(),
        activeStaff: await activeStaffOf(tenantId),
        listings: await listingsOf(tenantId),
        referralsOpened,
        apiRequests: requestsMade[tenantId],
        itemsStored: await itemsOf(tenantId),
        approxBytes: expect.any(Number),
        storageComplete: true,
        version: 1,
      });
    }
    const [a, b] = [await recordOf(countyA), await recordOf(countyB)];
    // Both counties get the table's average item size (taken before the job wrote its records) per item.
    expect(a.approxBytes / a.itemsStored).toBeCloseTo(b.approxBytes / b.itemsStored, 0);
    expect(a.approxBytes / a.itemsStored / (await averageItemBytes())).toBeCloseTo(1, 1);
    expect(a.listings).toBeGreaterThan(0);
    expect(a.itemsStored).not.toBe(b.itemsStored);
    expect((await createUsageRepository(api.tables.platform).requestsOn(day)).has('atlantis')).toBe(false);
  });

  it('counts only active members, and a membership older than statuses as active', async () => {
    const members = await createStaffRepository({ gateway: api.tables.tenant(countyA), tenantId: countyA }).page({});
    expect(members.items.map((member) => member.status)).toEqual(expect.arrayContaining(['invited', 'deactivated']));
    expect((await recordOf(countyA)).activeStaff).toBe(await activeStaffOf(countyA));
    expect((await recordOf(countyB)).activeStaff).toBe(await activeStaffOf(countyB));
  });

  it('replaces the day’s records when run again, never adding to them', async () => {
    const before = await recordsOfDay();
    const report = await runJob();
    expect(report.replaced).toBe(report.counties);
    const after = await recordsOfDay();
    expect(after).toHaveLength(before.length);
    for (const record of after) {
      const earlier = before.find((candidate) => candidate.tenantId === record.tenantId);
      // The size estimate follows the table, which has the first run's records in it now.
      expect({ ...record, version: 0, approxBytes: 0 }).toEqual({ ...earlier, version: 0, approxBytes: 0 });
      expect(record.version).toBe(2);
    }
  });

  it("counts a county's items only, whatever another county stores", async () => {
    const [a, b, pohjanmaa] = [await recordOf(countyA), await recordOf(countyB), await recordOf('pohjanmaa')];
    const at = new Date().toISOString();
    for (let index = 0; index < 7; index += 1) {
      await api.client.send(new PutCommand({ TableName: api.tableName, Item: { pk: `T#${countyB}#USAGE-TEST`, sk: String(index), entity: 'test', version: 1, createdAt: at, updatedAt: at } }));
    }
    await runJob();
    expect((await recordOf(countyB)).itemsStored).toBe(b.itemsStored + 7);
    expect((await recordOf(countyA)).itemsStored).toBe(a.itemsStored);
    // `T#keski-pohjanmaa#…` ends in the other county's slug; it is never Pohjanmaa's.
    expect((await recordOf('pohjanmaa')).itemsStored).toBe(pohjanmaa.itemsStored);
    expect(pohjanmaa.itemsStored).toBe(await itemsOf('pohjanmaa'));
  });
});

describe("the API's request counts", () => {
  it('are written at most once a minute, one ADD per county, whatever the number of requests', async () => {
    let at = Date.parse('2031-06-01T10:00:00.000Z');
    const errors: unknown[] = [];
    const meter = createRequestMeter({ gateway: api.tables.platform, counties: async () => [{ slug: countyA }], onError: (error) => errors.push(error), now: () => at });
    const counted = async () => (await createUsageRepository(api.tables.platform).requestsOn('2031-06-01')).get(countyA);
    for (let request = 0; request < 5; request += 1) meter.count(countyA);
    at += 30_000;
    meter.count(countyA);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await counted()).toBeUndefined();
    at += 31_000;
    meter.count(countyA);
    await waitFor(async () => (await counted()) === 7);
    meter.count(countyA);
    await meter.flush();
    expect(await counted()).toBe(8);
    expect(errors).toEqual([]);
  });

  it('never fail or wait for a request when the write fails; the failure is reported', async () => {
    const errors: unknown[] = [];
    const gateway = createTableGateway(api.client, 'no-such-table');
    const meter = createRequestMeter({ gateway, counties: async () => [{ slug: countyA }], onError: (error) => errors.push(error), flushIntervalMs: 0 });
    expect(() => meter.count(countyA)).not.toThrow();
    await meter.flush();
    expect(errors).toHaveLength(1);
  });
});

describe('counties.usage', () => {
  const usage = (input: unknown, token = operator) => api.call('counties.usage', input, { token });

  it("gives the operator every county's latest day and its sums over the period, and one county's days", async () => {
    clock = runAt.getTime();
    const overview = dataOf<UsageOverview>(await usage({ days: 7, county: countyA }));
    expect(overview).toMatchObject({ from: '2031-05-06', to: day });
    const rowA = overview.counties.find((row) => row.slug === countyA);
    expect(rowA).toMatchObject({ latest: { day, referralsOpened: 2, apiRequests: requestsMade[countyA] }, period: { days: 1, referralsOpened: 2, apiRequests: requestsMade[countyA] } });
    expect(rowA!.name.fi).toBe('Keski-Pohjanmaan hyvinvointialue');
    expect(overview.counties.find((row) => row.slug === countyB)?.latest).toMatchObject({ referralsOpened: 1, apiRequests: requestsMade[countyB] });
    expect(overview.daily.map((record) => [record.tenantId, record.day])).toEqual([[countyA, day]]);

    // A period that ends before the day holds nothing of it.
    clock = Date.parse(`${day}T12:00:00.000Z`);
    expect(dataOf<UsageOverview>(await usage({})).counties.every((row) => row.latest === null)).toBe(true);
  });

  it('is for the operator only', async () => {
    for (const role of ['coordinator', 'professional'] as const) {
      expect(errorCodeOf(await usage({}, await api.tokenFor(role, countyA, `usage-${role}`)))).toBe('FORBIDDEN');
    }
  });

  it.each([[{ days: 0 }], [{ days: 93 }], [{ days: 1.5 }], [{ county: 'Lappi!' }], [{ days: 7, tenant: countyA }], ['all']])('refuses malformed input %j', async (input) => {
    expect(errorCodeOf(await usage(input))).toBe('BAD_REQUEST');
  });
});
