import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '@linkki/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, errorCodeOf, type ProcedureResponse } from '../helpers/api-harness';
import { type FaultInjector, type FaultKind, injectDynamoFaults } from '../helpers/dynamodb-faults';
import { expectData, linkWorkerProfile, referralCalls, referralCast, referralInput, referralTenant, type TestReferral } from '../helpers/referral-fixtures';

/** The SDK's attempts per request (`maxAttempts` of the client the API builds): the first and two retries. */
const attemptsPerRequest = 3;

let api: ApiHarness;
let faults: FaultInjector;
let cast: Awaited<ReturnType<typeof referralCast>>;
let calls: ReturnType<typeof referralCalls>;
let existing: TestReferral;
const figures = { injected: 0, requests: 0, answered: 0, unavailable: 0, lost: 0 };

/** Every item of the test's table, read by a client of its own that no fault reaches. */
const snapshot = async (): Promise<Map<string, string>> => {
  const reader = createDocumentClient({ endpoint: api.endpoint });
  const items = new Map<string, string>();
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await reader.send(new ScanCommand({ TableName: api.tableName, ExclusiveStartKey, ConsistentRead: true }));
    for (const item of page.Items ?? []) items.set(`${item.pk}|${item.sk}`, JSON.stringify(item));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  reader.destroy();
  return items;
};

/** What changed between two snapshots, request counters aside (they are written on their own schedule). */
const changedKeys = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key) && !key.includes('USAGE'));

const faulted = async (plan: { commands: readonly string[]; kind: FaultKind; times: number | 'always' }, request: () => Promise<ProcedureResponse>) => {
  faults.plan(plan);
  const response = await request();
  const attempts = faults.attempts.filter((attempt) => plan.commands.includes(attempt.command));
  figures.injected += faults.injected;
  figures.requests += 1;
  if (response.status < 500 || response.status === 503) figures.answered += 1;
  if (response.status === 503) figures.unavailable += 1;
  faults.clear();
  return { response, attempts, gaps: attempts.slice(1).map((attempt, index) => attempt.at - (attempts[index]?.at ?? attempt.at)) };
};

const expectUnavailable = (response: ProcedureResponse) => {
  expect(response.status).toBe(503);
  expect(errorCodeOf(response)).toBe('SERVICE_UNAVAILABLE');
  expect(Number(response.raw.headers?.['retry-after'])).toBeGreaterThan(0);
  expect(response.raw.body).not.toMatch(/Throughput|Throttl|Transaction|stack|\.ts:/);
};

beforeAll(async () => {
  api = await createApiHarness();
  cast = await referralCast(api, 'faults');
  calls = referralCalls(api);
  existing = await calls.create(cast.nurse);
  // Warm the membership and tenant caches, so the faults meet the procedure's own reads and writes.
  await calls.byId(cast.nurse, existing.id);
  faults = injectDynamoFaults(api.client);
});

afterEach(() => faults.clear());

afterAll(() => {
  faults?.remove();
  console.info(
    `faults: ${figures.injected} injected; ${figures.answered} of ${figures.requests} requests answered (${figures.unavailable} with 503 + Retry-After, none with 500); ${figures.lost} items lost`,
  );
});

describe('when DynamoDB throttles for a moment', () => {
  it.each([
    ['a read', ['QueryCommand'], 'provisionedThroughput'],
    ['a transaction', ['TransactWriteItemsCommand'], 'throttling'],
  ] as const)('the SDK retries %s with backoff and the request succeeds', async (_what, commands, kind) => {
    const { response, attempts, gaps } = await faulted({ commands, kind, times: attemptsPerRequest - 1 }, () => calls.byId(cast.nurse, existing.id));
    console.info(`${kind} on ${commands.join(', ')}: ${attempts.length} attempts, waits between them ${gaps.join(', ')} ms`);
    expect(response.status).toBe(200);
    expect(attempts.map((attempt) => attempt.faulted)).toEqual([true, true, false]);
  });

  it('the SDK retries a single write and the profile is saved', async () => {
    const { response, attempts } = await faulted({ commands: ['PutItemCommand'], kind: 'throttling', times: 2 }, () =>
      api.call('linkWorkers.saveProfile', { expectedVersion: 0, profile: linkWorkerProfile() }, { token: cast.worker }),
    );
    expect(response.status).toBe(200);
    expect(attempts.filter((attempt) => attempt.faulted)).toHaveLength(2);
  });
});

describe('when the throttling outlasts the retries', () => {
  it('a read answers 503 with Retry-After after the last attempt', async () => {
    const { response, attempts } = await faulted({ commands: ['QueryCommand'], kind: 'provisionedThroughput', times: 'always' }, () => calls.byId(cast.nurse, existing.id));
    expectUnavailable(response);
    expect(attempts).toHaveLength(attemptsPerRequest);
  });

  it.each([
    ['throttling', attemptsPerRequest],
    // DynamoDB wrote nothing of a cancelled transaction; the SDK does not retry it, the caller may.
    ['transactionThrottled', 1],
  ] as const)('a create answers 503 (%s), writes nothing, and its retry creates the referral once', async (kind, expectedAttempts) => {
    const input = referralInput();
    const before = await snapshot();
    const { response, attempts } = await faulted({ commands: ['TransactWriteItemsCommand'], kind, times: 'always' }, () => api.call('referrals.create', input, { token: cast.nurse }));
    expectUnavailable(response);
    expect(attempts).toHaveLength(expectedAttempts);
    const afterFailure = await snapshot();
    expect(changedKeys(before, afterFailure)).toEqual([]);

    const retried = expectData<{ referral: TestReferral; duplicate: boolean }>(await api.call('referrals.create', input, { token: cast.nurse }));
    const again = expectData<{ referral: TestReferral; duplicate: boolean }>(await api.call('referrals.create', input, { token: cast.nurse }));
    expect(again).toMatchObject({ duplicate: true, referral: { id: retried.referral.id } });
    const mine = expectData<{ items: { id: string }[] }>(await api.call('referrals.list', {}, { token: cast.nurse }));
    const found = mine.items.filter((item) => item.id === retried.referral.id);
    figures.lost += found.length === 1 ? 0 : 1;
    expect(found).toHaveLength(1);
  });

  it('a single write answers 503 and leaves the stored profile as it was', async () => {
    const saved = expectData<{ version: number }>(await api.call('linkWorkers.saveProfile', { expectedVersion: 0, profile: linkWorkerProfile() }, { token: cast.otherWorker }));
    const before = await snapshot();
    const { response } = await faulted({ commands: ['PutItemCommand', 'UpdateItemCommand', 'TransactWriteItemsCommand'], kind: 'throttling', times: 'always' }, () =>
      api.call('linkWorkers.saveProfile', { expectedVersion: saved.version, profile: linkWorkerProfile({ capacity: 2 }) }, { token: cast.otherWorker }),
    );
    expectUnavailable(response);
    expect(changedKeys(before, await snapshot())).toEqual([]);
  });

  it('a sign-in whose membership cannot be read answers 503, not 500', async () => {
    const fresh = await api.tokenFor('professional', referralTenant, 'nurse-faults-fresh');
    const { response, attempts } = await faulted({ commands: ['GetItemCommand'], kind: 'provisionedThroughput', times: 'always' }, () => api.call('referrals.list', {}, { token: fresh }));
    expectUnavailable(response);
    expect(attempts.length).toBeGreaterThanOrEqual(attemptsPerRequest);
  });
});
