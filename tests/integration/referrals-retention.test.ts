import { createReferralStatisticsRepository, createReferralRepository } from '@linkki/db';
import { lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReferralsRetentionHandler } from '@linkki/functions';
import { type ApiHarness, createApiHarness } from '../helpers/api-harness';
import { expectData, referralCalls, referralCast, referralTenant, type TestReferral } from '../helpers/referral-fixtures';

let api: ApiHarness;
let cast: Awaited<ReturnType<typeof referralCast>>;
let calls: ReturnType<typeof referralCalls>;

const dayMs = 24 * 60 * 60 * 1000;
const scheduledEvent = { time: new Date().toISOString() } as ScheduledEvent;
const runRetentionAt = (now: Date) => createReferralsRetentionHandler({ tables: api.tables, now: () => now })(scheduledEvent, lambdaContext());

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  cast = await referralCast(api, 'ret');
  calls = referralCalls(api);
});

describe('referral retention', () => {
  it('removes the personal data of referrals closed longer ago than the county keeps them, and keeps the statistics', async () => {
    const config = expectData<{ version: number; config: { retentionDays: number } }>(await api.call('referrals.config', undefined, { token: cast.coordinator }));
    expect(config.config.retentionDays).toBe(365);
    const closed = await calls.create(cast.nurse, { client: { name: 'Poistettava Henkilö', birthYear: 1950, municipality: 'Kokkola', phone: '040 999 8888', language: 'fi' } });
    await calls.transition(cast.nurse, closed, 'cancelled', { reason: 'Asiakas perui, kertoi syyn puhelimessa.' });
    const open = await calls.create(cast.nurse, { client: { name: 'Avoin Asiakas', birthYear: 1950, municipality: 'Kokkola', language: 'fi' } });

    expect((await runRetentionAt(new Date(Date.now() + 364 * dayMs))).removed).toBe(0);
    const report = await runRetentionAt(new Date(Date.now() + 366 * dayMs));
    expect(report.removed).toBe(1);

    const after = expectData<TestReferral & { client: unknown; note?: string }>(await calls.byId(cast.coordinator, closed.id));
    expect(after).toMatchObject({ clientName: null, client: null, personalDataRemoved: true, state: 'cancelled', history: [], allowedTransitions: [] });
    const stored = await createReferralRepository({ gateway: api.tables.tenant(referralTenant), tenantId: referralTenant }).bundle(closed.id);
    expect(JSON.stringify(stored)).not.toMatch(/Poistettava|040 999|puhelimessa|Toivoo/);
    expect(expectData<TestReferral>(await calls.byId(cast.nurse, open.id)).clientName).toBe('Avoin Asiakas');

    const month = new Date().toISOString().slice(0, 7);
    const statistics = await createReferralStatisticsRepository({ gateway: api.tables.tenant(referralTenant), tenantId: referralTenant }).between(month, month);
    expect(statistics.find((item) => item.referralId === closed.id)).toMatchObject({ state: 'cancelled', municipality: 'Kokkola' });

    // The trail sorts by time: the reads just now (of the referral, then of this trail) come before the retention run dated a year ahead.
    const trail = expectData<{ items: { action: string }[] }>(await api.call('referrals.auditTrail', { id: closed.id }, { token: cast.coordinator }));
    expect(trail.items.map((record) => record.action)).toEqual(['create', 'transition', 'read', 'audit-read', 'retention']);
    expect((await runRetentionAt(new Date(Date.now() + 400 * dayMs))).removed).toBe(0);
  });

  it('follows the county’s own retention period', async () => {
    const current = expectData<{ version: number; config: { types: unknown[]; retentionDays: number } }>(await api.call('referrals.config', undefined, { token: cast.coordinator }));
    const saved = await api.call('referrals.saveConfig', { expectedVersion: current.version, config: { ...current.config, retentionDays: 30 } }, { token: cast.coordinator });
    expect(expectData<{ config: { retentionDays: number } }>(saved).config.retentionDays).toBe(30);
    const stale = await api.call('referrals.saveConfig', { expectedVersion: current.version, config: { ...current.config, retentionDays: 60 } }, { token: cast.coordinator });
    expect((stale.body as { error: { data: { code: string } } }).error.data.code).toBe('CONFLICT');
    const referral = await calls.create(cast.nurse);
    await calls.transition(cast.nurse, referral, 'entered-in-error', { reason: 'Väärä henkilö.' });
    expect((await runRetentionAt(new Date(Date.now() + 31 * dayMs))).removed).toBe(1);
  });

  it('refuses two sending units of a type with the same id: referrals name their unit by it', async () => {
    type Config = { version: number; config: { types: Array<{ units: Array<{ id: string }> }>; retentionDays: number } };
    const current = expectData<Config>(await api.call('referrals.config', undefined, { token: cast.coordinator }));
    const [type, ...others] = current.config.types;
    if (!type) throw new Error('The county has no referral type.');
    const twice = { ...type, units: [...type.units, { id: type.units[0]?.id, name: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' }, active: true }] };
    const refused = await api.call('referrals.saveConfig', { expectedVersion: current.version, config: { ...current.config, types: [twice, ...others] } }, { token: cast.coordinator });
    expect((refused.body as { error: { data: { code: string } } }).error.data.code).toBe('BAD_REQUEST');
    expect(expectData<Config>(await api.call('referrals.config', undefined, { token: cast.coordinator })).version).toBe(current.version);
  });
});
