import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, errorCodeOf } from '../helpers/api-harness';
import { expectData, referralCalls, referralCast, type TestReferral } from '../helpers/referral-fixtures';

let api: ApiHarness;
let cast: Awaited<ReturnType<typeof referralCast>>;
let calls: ReturnType<typeof referralCalls>;

beforeAll(async () => {
  const started = Date.now();
  api = await createApiHarness();
  console.info(`harness with demo seed ready in ${Date.now() - started} ms`);
  cast = await referralCast(api, 'flow');
  calls = referralCalls(api);
  await calls.saveProfile(cast.worker);
});

const step = async (token: string, referral: TestReferral, to: string, extra: Record<string, unknown> = {}) => expectData<TestReferral>(await calls.transition(token, referral, to, extra));

const outcome = { joinedActivityIds: [], joinedOther: 'Kylätalon kahvila', whatChanged: 'Käy viikoittain kahvilassa ja on saanut uusia tuttavia.' };

describe('referral workflow', () => {
  it('runs the whole loop: create, take, contact, measures, complete; the nurse sees the outcome', async () => {
    const created = await calls.create(cast.nurse);
    expect(created).toMatchObject({ state: 'requested', assignedLinkWorkerId: null, clientName: 'Testi Asiakas' });
    const queue = expectData<{ items: { id: string }[] }>(await api.call('referrals.queue', undefined, { token: cast.worker }));
    expect(queue.items.map((item) => item.id)).toContain(created.id);
    expect(JSON.stringify(queue)).not.toContain('Testi Asiakas');
    let referral = expectData<TestReferral>(await calls.take(cast.worker, created));
    expect(referral).toMatchObject({ state: 'accepted', assignedLinkWorkerId: 'lw-flow' });
    referral = expectData<TestReferral>(
      await api.call('referrals.recordContact', { id: referral.id, expectedVersion: referral.version, kind: 'meeting', at: new Date().toISOString() }, { token: cast.worker }),
    );
    expect(referral.firstContactAt).not.toBeNull();
    referral = await step(cast.worker, referral, 'in-progress');
    for (const [phase, items] of [
      ['start', [2, 2, 2, 2, 2, 2, 2]],
      ['end', [3, 3, 3, 3, 3, 3, 3]],
    ] as const) {
      referral = expectData<TestReferral>(
        await api.call('referrals.recordMeasure', { id: referral.id, expectedVersion: referral.version, instrument: 'swemwbs', phase, filledBy: 'client', items }, { token: cast.worker }),
      );
    }
    referral = expectData<TestReferral>(
      await api.call(
        'referrals.recordMeasure',
        { id: referral.id, expectedVersion: referral.version, instrument: 'participation', phase: 'start', filledBy: 'linkWorker', items: Array(10).fill(4) },
        { token: cast.worker },
      ),
    );
    expect(referral.measures.swemwbs).toMatchObject({ start: { raw: 14, metric: 15.32 }, end: { raw: 21, metric: 19.25 } });
    expect(JSON.stringify(referral.measures.participation)).not.toMatch(/75|score/);
    referral = await step(cast.worker, referral, 'completed', { outcome });
    expect(referral.closedAt).not.toBeNull();
    const seen = expectData<TestReferral>(await calls.byId(cast.nurse, referral.id));
    expect(seen).toMatchObject({ state: 'completed', outcome: { whatChanged: outcome.whatChanged } });
    expect(seen.history.map((entry) => entry.to)).toEqual(['requested', 'accepted', 'in-progress', 'completed']);
    expect(JSON.stringify(seen)).not.toContain('hiddenScores');
    const mine = expectData<{ items: { id: string; state: string }[] }>(await api.call('referrals.list', {}, { token: cast.nurse }));
    expect(mine.items).toContainEqual(expect.objectContaining({ id: referral.id, state: 'completed' }));
  });

  it.each([
    ['on-hold', { reason: 'Asiakas matkoilla kuukauden.' }],
    ['failed', { reason: 'Ei tavoitettu kolmella soitolla.' }],
    ['cancelled', { reason: 'Asiakas ei halunnut jatkaa.' }],
    ['rejected', { reason: 'Ei tilaa nyt.', reasonCode: 'no-capacity' }],
    ['entered-in-error', { reason: 'Väärä asiakas.' }],
  ])('moves an accepted referral to %s with who, when and why in its history', async (to, extra) => {
    const taken = expectData<TestReferral>(await calls.take(cast.worker, await calls.create(cast.nurse)));
    const token = to === 'entered-in-error' ? cast.coordinator : cast.worker;
    const moved = await step(token, taken, to, extra);
    expect(moved.state).toBe(to);
    expect(moved.history.at(-1)).toMatchObject({ from: 'accepted', to, reason: extra.reason });
  });

  it('covers the remaining legal transitions: draft → requested, on-hold → in-progress, requested → accepted by the assignee', async () => {
    const draft = await calls.create(cast.nurse, { submit: false });
    expect(draft.state).toBe('draft');
    const requested = await step(cast.nurse, draft, 'requested');
    const assigned = expectData<TestReferral>(await api.call('referrals.assign', { id: requested.id, expectedVersion: requested.version, linkWorkerId: 'lw-flow' }, { token: cast.coordinator }));
    expect(assigned).toMatchObject({ state: 'requested', assignedLinkWorkerId: 'lw-flow' });
    const accepted = await step(cast.worker, assigned, 'accepted');
    const held = await step(cast.worker, accepted, 'on-hold', { reason: 'Sairaalassa.' });
    const resumed = await step(cast.worker, held, 'in-progress');
    const cancelled = await step(cast.nurse, resumed, 'cancelled', { reason: 'Asiakas muutti pois.' });
    expect(cancelled.state).toBe('cancelled');
  });

  it('refuses illegal transitions, a missing reason and the wrong relationship', async () => {
    const referral = await calls.create(cast.nurse);
    expect(errorCodeOf(await calls.transition(cast.coordinator, referral, 'completed', { outcome }))).toBe('CONFLICT');
    expect(errorCodeOf(await calls.transition(cast.coordinator, referral, 'cancelled'))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await calls.transition(cast.nurse, referral, 'accepted'))).toBe('FORBIDDEN');
    expect(errorCodeOf(await calls.transition(cast.coordinator, referral, 'rejected', { reason: 'Ei sovi.' }))).toBe('BAD_REQUEST');
  });

  it('stops an acute crisis: this is not a wellbeing referral', async () => {
    const response = await api.call(
      'referrals.create',
      { ...(await import('../helpers/referral-fixtures')).referralInput({ safety: { acuteCrisis: true, needsProfessionalCare: false } }) },
      { token: cast.nurse },
    );
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain('This is not a wellbeing referral');
  });
});
