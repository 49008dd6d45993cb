import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, errorCodeOf } from '../helpers/api-harness';
import { expectData, referralCalls, referralCast, type TestReferral } from '../helpers/referral-fixtures';

let api: ApiHarness;
let cast: Awaited<ReturnType<typeof referralCast>>;
let calls: ReturnType<typeof referralCalls>;
let first: TestReferral;
let second: TestReferral;

interface LogEntry {
  at: string;
  userId: string;
  role: string;
  unitId: string | null;
  referralId: string | null;
  action: string;
  purpose: string | null;
  reason?: string;
}
interface LogPage {
  items: LogEntry[];
  nextCursor: string | null;
}

type Query = { by: 'client'; referralId: string } | { by: 'user'; userId: string } | { by: 'day'; day: string };
const search = async (query: Query, cursor?: string, token = cast.coordinator) => expectData<LogPage>(await api.call('referrals.accessLog', { query, ...(cursor ? { cursor } : {}) }, { token }));
const byClient = (referral: TestReferral) => search({ by: 'client', referralId: referral.id });
const byUser = (userId: string) => search({ by: 'user', userId });

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  cast = await referralCast(api, 'log');
  calls = referralCalls(api);
  first = await calls.create(cast.nurse, { client: { name: 'Ensimmäinen Asiakas', birthYear: 1948, municipality: 'Kokkola', language: 'fi' } });
  second = await calls.create(cast.nurse, { client: { name: 'Toinen Asiakas', birthYear: 1952, municipality: 'Kokkola', language: 'sv' } });
});

describe('the access log', () => {
  it('records one entry per listed client, with the user, unit and purpose, searchable by client', async () => {
    expectData(await api.call('referrals.list', {}, { token: cast.coordinator }));
    expectData(await api.call('referrals.list', {}, { token: cast.nurse }));
    for (const referral of [first, second]) {
      const { items } = await byClient(referral);
      const lists = items.filter((entry) => entry.action === 'list');
      expect(lists).toHaveLength(2);
      expect(lists).toContainEqual(expect.objectContaining({ userId: 'coord-log', role: 'coordinator', unitId: null, referralId: referral.id, purpose: 'coordination' }));
      expect(lists).toContainEqual(expect.objectContaining({ userId: 'nurse-log', role: 'professional', unitId: 'senior-clinic', referralId: referral.id, purpose: 'referring' }));
      expect(items.at(-1)).toMatchObject({ action: 'create', userId: 'nurse-log', unitId: 'senior-clinic', purpose: 'referring' });
    }
  });

  it('records reading a referral’s audit trail, in that trail too', async () => {
    const trail = expectData<{ items: LogEntry[] }>(await api.call('referrals.auditTrail', { id: first.id }, { token: cast.coordinator }));
    expect(trail.items.at(-1)).toMatchObject({ action: 'audit-read', userId: 'coord-log', purpose: 'coordination' });
    expect((await byClient(first)).items[0]).toMatchObject({ action: 'audit-read', userId: 'coord-log' });
  });

  it('records a report download, which names no client, and not the report on screen', async () => {
    const reporter = await api.tokenFor('coordinator', 'keski-pohjanmaa', 'coord-report');
    expectData(await api.call('reports.referrals', {}, { token: reporter }));
    expect((await byUser('coord-report')).items).toEqual([]);
    expectData(await api.call('reports.referralsCsv', { fromMonth: '2026-01', toMonth: '2026-06' }, { token: reporter }));
    expect((await byUser('coord-report')).items).toEqual([
      expect.objectContaining({ action: 'report-export', role: 'coordinator', referralId: null, purpose: 'statistics', detail: 'referral report 2026-01–2026-06' }),
    ]);
  });

  it('searches by user newest first, a page of 50 at a time', async () => {
    const lister = await api.tokenFor('professional', 'keski-pohjanmaa', 'nurse-pager');
    await calls.create(lister);
    await calls.create(lister);
    for (let round = 0; round < 26; round += 1) expectData(await api.call('referrals.list', {}, { token: lister }));
    const firstPage = await byUser('nurse-pager');
    expect(firstPage.items).toHaveLength(50);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    const secondPage = await search({ by: 'user', userId: 'nurse-pager' }, firstPage.nextCursor ?? undefined);
    expect(secondPage).toMatchObject({ nextCursor: null });
    const all = [...firstPage.items, ...secondPage.items];
    expect(all).toHaveLength(54);
    expect(all.map((entry) => entry.at)).toEqual(
      all
        .map((entry) => entry.at)
        .sort()
        .reverse(),
    );
    expect(all.slice(-2).map((entry) => entry.action)).toEqual(['create', 'create']);
  });

  it('searches a day of the whole county, and never shows a transition’s free-text reason', async () => {
    const cancelled = await calls.create(cast.nurse);
    expectData(await calls.transition(cast.nurse, cancelled, 'cancelled', { reason: 'Asiakas muutti Ouluun.' }));
    const { items } = await search({ by: 'day', day: new Date().toISOString().slice(0, 10) });
    expect(items.length).toBeGreaterThan(0);
    expect(items.find((entry) => entry.referralId === cancelled.id && entry.action === 'transition')).toBeDefined();
    expect(JSON.stringify(items)).not.toContain('Ouluun');
  });

  it('exports a client’s log as CSV, and the export is itself logged against the client', async () => {
    const exported = expectData<{ filename: string; csv: string; complete: boolean }>(
      await api.call('referrals.accessLogCsv', { query: { by: 'client', referralId: second.id } }, { token: cast.coordinator }),
    );
    expect(exported.filename).toBe(`access-log-keski-pohjanmaa-client-${second.id}.csv`);
    expect(exported.complete).toBe(true);
    const lines = exported.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('at;userId;role;unitId;referralId;action;purpose;detail');
    expect(lines.at(-1)).toMatch(new RegExp(`;nurse-log;professional;senior-clinic;${second.id};create;referring;$`));
    expect((await byClient(second)).items[0]).toMatchObject({ action: 'access-log-export', userId: 'coord-log', purpose: 'log-monitoring', referralId: second.id, detail: `client ${second.id}` });
  });

  it('is for coordinators only, and only of their own county', async () => {
    for (const token of [cast.nurse, cast.worker, cast.editor]) {
      expect(errorCodeOf(await api.call('referrals.accessLog', { query: { by: 'client', referralId: first.id } }, { token }))).toBe('FORBIDDEN');
      expect(errorCodeOf(await api.call('referrals.accessLogCsv', { query: { by: 'user', userId: 'nurse-log' } }, { token }))).toBe('FORBIDDEN');
    }
    expect(await search({ by: 'client', referralId: first.id }, undefined, cast.foreignCoordinator)).toEqual({ items: [], nextCursor: null });
    expect(await search({ by: 'user', userId: 'nurse-log' }, undefined, cast.foreignCoordinator)).toEqual({ items: [], nextCursor: null });
    const page = await byUser('nurse-pager');
    const foreign = await api.call('referrals.accessLog', { query: { by: 'user', userId: 'nurse-pager' }, cursor: page.nextCursor }, { token: cast.foreignCoordinator });
    expect(errorCodeOf(foreign)).toBe('BAD_REQUEST');
  });

  it('refuses malformed searches', async () => {
    for (const input of [
      {},
      { query: { by: 'client', referralId: 'not-a-referral' } },
      { query: { by: 'day', day: '2026-13-01' } },
      { query: { by: 'user', userId: 'a#b' } },
      { query: { by: 'name', name: 'Asiakas' } },
      { query: { by: 'user', userId: 'nurse-log' }, tenantId: 'lappi' },
      { query: { by: 'user', userId: 'nurse-log' }, cursor: 'x'.repeat(1001) },
    ]) {
      expect(errorCodeOf(await api.call('referrals.accessLog', input, { token: cast.coordinator }))).toBe('BAD_REQUEST');
    }
    expect(errorCodeOf(await api.call('referrals.accessLogCsv', { query: { by: 'user', userId: 'nurse-log' }, cursor: 'abc' }, { token: cast.coordinator }))).toBe('BAD_REQUEST');
  });
});
