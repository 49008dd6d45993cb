import { createReferralAuditRepository, createReferralRepository } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, errorCodeOf } from '../helpers/api-harness';
import { expectData, referralCalls, referralCast, referralInput, referralTenant, type TestReferral } from '../helpers/referral-fixtures';

let api: ApiHarness;
let cast: Awaited<ReturnType<typeof referralCast>>;
let calls: ReturnType<typeof referralCalls>;
let referral: TestReferral;

interface Audit {
  action: string;
  userId: string;
  role: string;
}

const trail = async (id: string) => expectData<{ items: Audit[] }>(await api.call('referrals.auditTrail', { id }, { token: cast.coordinator })).items;

beforeAll(async () => {
  api = await createApiHarness();
  cast = await referralCast(api, 'acc');
  calls = referralCalls(api);
  await calls.saveProfile(cast.worker, { capacity: 2 });
  await calls.saveProfile(cast.otherWorker, { capacity: 5 });
  referral = expectData<TestReferral>(await calls.take(cast.worker, await calls.create(cast.nurse)));
});

describe('who sees a referral', () => {
  it('the referrer, the assigned link worker and coordinators read it', async () => {
    for (const token of [cast.nurse, cast.worker, cast.coordinator]) expect(expectData<TestReferral>(await calls.byId(token, referral.id)).id).toBe(referral.id);
  });

  it('another professional or link worker of the county is told it does not exist; other roles are refused', async () => {
    for (const token of [cast.otherNurse, cast.otherWorker]) {
      expect(errorCodeOf(await calls.byId(token, referral.id))).toBe('NOT_FOUND');
      expect(errorCodeOf(await api.call('referrals.clientSummary', { id: referral.id }, { token }))).toBe('NOT_FOUND');
      expect(errorCodeOf(await calls.transition(token, referral, 'cancelled', { reason: 'Ei kuulu minulle.' }))).toBe('NOT_FOUND');
    }
    expect(errorCodeOf(await calls.byId(cast.editor, referral.id))).toBe('FORBIDDEN');
    const lists = await Promise.all([cast.otherNurse, cast.otherWorker].map(async (token) => expectData<{ items: { id: string }[] }>(await api.call('referrals.list', {}, { token }))));
    for (const list of lists) expect(list.items.map((item) => item.id)).not.toContain(referral.id);
  });

  it('a coordinator of another county never reaches it, even aiming the token elsewhere', async () => {
    expect(errorCodeOf(await calls.byId(cast.foreignCoordinator, referral.id))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.call('referrals.byId', { id: referral.id }, { token: cast.foreignCoordinator, tenant: referralTenant }))).toBe('FORBIDDEN');
    const foreign = expectData<{ items: { id: string }[] }>(await api.call('referrals.list', {}, { token: cast.foreignCoordinator }));
    expect(foreign.items.map((item) => item.id)).not.toContain(referral.id);
  });

  it('the printable summary speaks the client’s language, Finnish for other languages', async () => {
    const swedish = await calls.create(cast.nurse, { client: { name: 'Stina', birthYear: 1949, municipality: 'Kokkola', language: 'sv' } });
    const other = await calls.create(cast.nurse, { client: { name: 'Ahmed', birthYear: 1960, municipality: 'Kokkola', language: 'other', otherLanguage: 'arabia' } });
    const summaryOf = async (id: string) => expectData<{ language: string; texts: { title: string } }>(await api.call('referrals.clientSummary', { id }, { token: cast.nurse }));
    expect(await summaryOf(swedish.id)).toMatchObject({ language: 'sv', texts: { title: 'Välfärdsremiss – sammanfattning för dig' } });
    expect((await summaryOf(other.id)).language).toBe('fi');
  });
});

describe('audit trail', () => {
  it('records every read and change with who and in which role; only coordinators read it', async () => {
    const own = await calls.create(cast.nurse);
    await calls.byId(cast.nurse, own.id);
    await api.call('referrals.clientSummary', { id: own.id }, { token: cast.nurse });
    await calls.transition(cast.nurse, own, 'cancelled', { reason: 'Asiakas perui.' });
    const records = await trail(own.id);
    // Reading the trail is itself recorded, so its own read comes last.
    expect(records.map((record) => record.action)).toEqual(['create', 'read', 'print', 'transition', 'audit-read']);
    expect(records[3]).toMatchObject({ userId: 'nurse-acc', role: 'professional', reason: 'Asiakas perui.' });
    expect(errorCodeOf(await api.call('referrals.auditTrail', { id: own.id }, { token: cast.nurse }))).toBe('FORBIDDEN');
  });

  it('has no procedure that edits or deletes audit records, and its repository offers none', async () => {
    const { appRouter } = await import('@linkki/api');
    const paths = Object.keys(appRouter._def.procedures).filter((path) => /audit|accessLog/i.test(path));
    // Reads only: the referral trail, the county's access log (and its export) and the staff changes' trail.
    expect(paths.sort()).toEqual(['referrals.accessLog', 'referrals.accessLogCsv', 'referrals.auditTrail', 'staff.auditTrail']);
    const repository = createReferralAuditRepository({ gateway: api.tables.tenant(referralTenant), tenantId: referralTenant });
    expect(Object.keys(repository).sort()).toEqual(['append', 'appendAll', 'search', 'trail']);
  });
});

describe('idempotency and versions', () => {
  it('a retried create returns the same referral once', async () => {
    const input = referralInput();
    const first = expectData<{ referral: TestReferral; duplicate: boolean }>(await api.call('referrals.create', input, { token: cast.nurse }));
    const again = expectData<{ referral: TestReferral; duplicate: boolean }>(await api.call('referrals.create', input, { token: cast.nurse }));
    expect(again).toMatchObject({ duplicate: true, referral: { id: first.referral.id, version: first.referral.version } });
    expect((await trail(first.referral.id)).filter((record) => record.action === 'create')).toHaveLength(1);
  });

  it('a stale version is a conflict', async () => {
    const fresh = await calls.create(cast.nurse);
    await calls.transition(cast.nurse, fresh, 'cancelled', { reason: 'Ensimmäinen muutos.' });
    expect(errorCodeOf(await calls.transition(cast.coordinator, fresh, 'cancelled', { reason: 'Toinen muutos.' }))).toBe('CONFLICT');
  });

  it('of two concurrent transitions exactly one wins', async () => {
    const fresh = await calls.create(cast.nurse);
    const results = await Promise.all([
      calls.transition(cast.nurse, fresh, 'cancelled', { reason: 'Asiakas perui.' }),
      calls.transition(cast.coordinator, fresh, 'entered-in-error', { reason: 'Kirjattu väärin.' }),
    ]);
    expect(results.map(errorCodeOf).filter((code) => code === undefined)).toHaveLength(1);
    expect(results.map(errorCodeOf)).toContain('CONFLICT');
    const stored = await createReferralRepository({ gateway: api.tables.tenant(referralTenant), tenantId: referralTenant }).bundle(fresh.id);
    expect(stored?.history).toHaveLength(2);
  });
});

describe('capacity', () => {
  it('a link worker cannot take more than their capacity, even racing; closing frees a place', async () => {
    const [a, b] = await Promise.all([calls.create(cast.nurse), calls.create(cast.nurse)]);
    const raced = await Promise.all([calls.take(cast.worker, a), calls.take(cast.worker, b)]);
    // Capacity 2, one already taken: exactly one of the two more fits.
    expect(raced.map(errorCodeOf).filter((code) => code === undefined)).toHaveLength(1);
    const third = await calls.create(cast.nurse);
    expect(errorCodeOf(await calls.take(cast.worker, third))).toBe('CONFLICT');
    const current = expectData<TestReferral>(await calls.byId(cast.worker, referral.id));
    await calls.transition(cast.worker, current, 'failed', { reason: 'Ei tavoitettu.' });
    expect(errorCodeOf(await calls.take(cast.worker, third))).toBeUndefined();
    const profile = expectData<{ activeCount: number }>(await api.call('linkWorkers.myProfile', undefined, { token: cast.worker }));
    expect(profile.activeCount).toBe(2);
  });

  it('a coordinator cannot assign past capacity either', async () => {
    const fresh = await calls.create(cast.nurse);
    const response = await api.call('referrals.assign', { id: fresh.id, expectedVersion: fresh.version, linkWorkerId: 'lw-acc' }, { token: cast.coordinator });
    expect(errorCodeOf(response)).toBe('CONFLICT');
    expect(JSON.stringify(response.body)).toContain('no free capacity');
  });
});

describe('input checks', () => {
  it.each([
    ['a municipality of another county', { client: { name: 'X', birthYear: 1950, municipality: 'Rovaniemi', language: 'fi' } }],
    ['an unknown sending unit', { unitId: 'no-such-unit' }],
    ['consent without referral processing', { consent: { givenBy: 'client', givenAt: new Date().toISOString(), scopes: ['measures'] } }],
    ['an unknown need', { needs: ['boredom'] }],
    ['other need without a description', { needs: ['other'] }],
  ])('refuses %s', async (_, overrides) => {
    expect(errorCodeOf(await api.call('referrals.create', referralInput(overrides), { token: cast.nurse }))).toBe('BAD_REQUEST');
  });

  it('refuses a suggested activity that is not published here', async () => {
    expect(errorCodeOf(await api.call('referrals.create', referralInput({ suggestedActivityIds: ['no-such-activity'] }), { token: cast.nurse }))).toBe('NOT_FOUND');
  });

  it('refuses wrong item counts and out-of-range answers', async () => {
    const fresh = await calls.create(cast.nurse);
    const measure = (items: number[], instrument = 'swemwbs') =>
      api.call('referrals.recordMeasure', { id: fresh.id, expectedVersion: fresh.version, instrument, phase: 'start', filledBy: 'client', items }, { token: cast.nurse });
    expect(errorCodeOf(await measure([3, 3, 3, 3, 3, 3]))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await measure([3, 3, 3, 3, 3, 3, 6]))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await measure(Array<number>(7).fill(3), 'participation'))).toBe('BAD_REQUEST');
  });
});
