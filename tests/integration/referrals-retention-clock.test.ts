import { createReferralRepository, createReferralStatisticsRepository } from '@linkki/db';
import { lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReferralsRetentionHandler } from '@linkki/functions';
import { type ApiHarness, createApiHarness, type ProcedurePath } from '../helpers/api-harness';
import { expectData, referralCalls, referralCast, referralTenant, type TestReferral } from '../helpers/referral-fixtures';

const dayMs = 24 * 60 * 60 * 1000;
const closedOn = new Date('2025-03-10T09:00:00.000Z');
let clock = closedOn;
const later = (days: number) => new Date(closedOn.getTime() + days * dayMs);

let api: ApiHarness;
let cast: Awaited<ReturnType<typeof referralCast>>;
let calls: ReturnType<typeof referralCalls>;
const completed: TestReferral[] = [];
let open: TestReferral;

/** The deployed job may run ten minutes; one minute leaves a busy test machine room. */
const runRetentionAt = (now: Date) => createReferralsRetentionHandler({ tables: api.tables, now: () => now })({ time: now.toISOString() } as ScheduledEvent, lambdaContext(60_000));
const gateway = () => api.tables.tenant(referralTenant);
const report = async () =>
  expectData<{ swemwbs: object; participation: object; total: number | null }>(await api.call('reports.referrals', { fromMonth: '2025-03', toMonth: '2025-03' }, { token: cast.coordinator }));

const names = ['Aino', 'Eino', 'Helmi', 'Onni', 'Sylvi'];
/** One client's path from the professional through the link worker to the end measures, all on the clock's day. */
const completedReferral = async (index: number): Promise<TestReferral> => {
  const name = `${names[index]} Poistettava`;
  const consent = { givenBy: 'client', givenAt: clock.toISOString(), scopes: ['referral-processing', 'link-worker-contact'] };
  let referral = await calls.create(cast.nurse, {
    consent,
    note: `Soita ${name}lle aamulla.`,
    client: { name, birthYear: 1940 + index, municipality: 'Kokkola', phone: `040 555 000${index}`, language: 'fi' },
  });
  referral = expectData<TestReferral>(await calls.take(cast.worker, referral));
  const withWorker = (path: ProcedurePath, input: Record<string, unknown>) => api.call(path, { id: referral.id, expectedVersion: referral.version, ...input }, { token: cast.worker });
  referral = expectData<TestReferral>(await withWorker('referrals.recordContact', { kind: 'meeting', at: clock.toISOString() }));
  referral = expectData<TestReferral>(await calls.transition(cast.worker, referral, 'in-progress'));
  for (const [instrument, phase, items] of [
    ['swemwbs', 'start', Array(7).fill(2)],
    ['swemwbs', 'end', Array(7).fill(index % 2 ? 3 : 4)],
    ['participation', 'start', Array(10).fill(2)],
    ['participation', 'end', Array(10).fill(3)],
  ] as const) {
    referral = expectData<TestReferral>(await withWorker('referrals.recordMeasure', { instrument, phase, filledBy: 'client', items }));
  }
  const outcome = { joinedActivityIds: [], joinedOther: 'Kylätalon kahvila', whatChanged: `${name} käy kahvilassa joka viikko.` };
  return expectData<TestReferral>(await calls.transition(cast.worker, referral, 'completed', { outcome }));
};

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false, now: () => clock });
  cast = await referralCast(api, 'clock');
  calls = referralCalls(api);
  await calls.saveProfile(cast.worker, { capacity: 10 });
  for (const index of names.keys()) completed.push(await completedReferral(index));
  open = await calls.create(cast.nurse, {
    consent: { givenBy: 'client', givenAt: clock.toISOString(), scopes: ['referral-processing'] },
    client: { name: 'Avoin Säilyvä', birthYear: 1950, municipality: 'Kokkola', language: 'fi' },
  });
});

describe('the retention job, end to end with its own clock', () => {
  it('removes the personal data and the per-client scores a year on, and keeps the statistics, the report and the audit trail', async () => {
    const before = await report();
    expect(before.swemwbs).toMatchObject({ people: 5 });

    expect((await runRetentionAt(later(364))).removed).toBe(0);
    expect((await runRetentionAt(later(366))).removed).toBe(5);

    const referrals = createReferralRepository({ gateway: gateway(), tenantId: referralTenant });
    for (const referral of completed) {
      const stored = await referrals.bundle(referral.id);
      expect(stored?.referral).toMatchObject({ personalDataRemoved: true, state: 'completed', measures: { swemwbs: { start: null, end: null }, participation: { start: null, end: null } } });
      expect(stored?.history).toEqual([]);
      expect(JSON.stringify(stored)).not.toMatch(/Poistettava|040 555|aamulla|kahvila|metric|raw/);
    }
    const kept = await referrals.bundle(open.id);
    expect(kept?.referral.client?.name).toBe('Avoin Säilyvä');

    const statistics = await createReferralStatisticsRepository({ gateway: gateway(), tenantId: referralTenant }).between('2025-03', '2025-03');
    const stripped = statistics.filter((item) => completed.some((referral) => referral.id === item.referralId));
    expect(stripped).toHaveLength(5);
    for (const item of stripped) {
      expect(item).toMatchObject({ state: 'completed', municipality: 'Kokkola', month: '2025-03' });
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['swemwbsStart']));
      expect(item).not.toHaveProperty('swemwbsEnd');
      expect(item).not.toHaveProperty('participationStart');
      expect(item).not.toHaveProperty('participationEnd');
    }

    clock = later(367);
    expect(await report()).toEqual(before);

    const trail = expectData<{ items: { action: string; userId: string }[] }>(await api.call('referrals.auditTrail', { id: completed[0]?.id }, { token: cast.coordinator }));
    const actions = trail.items.map((record) => record.action);
    // The workflow ran within one instant of the fixed clock, so only the later records have a fixed place.
    expect(actions.slice(0, -2).sort()).toEqual(['contact', 'create', 'measure', 'measure', 'measure', 'measure', 'take', 'transition', 'transition']);
    expect(actions.slice(-2)).toEqual(['retention', 'audit-read']);
  });

  it('is idempotent: a second run removes nothing and counts no score twice', async () => {
    const before = await report();
    expect((await runRetentionAt(later(400))).removed).toBe(0);
    expect(await report()).toEqual(before);
  });
});
