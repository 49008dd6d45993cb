import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedurePath } from '../helpers/api-harness';
import { newRequestId, summary, testPathway } from '../helpers/pathway-fixtures';
import { referralCalls, referralInput, referralTenant } from '../helpers/referral-fixtures';

interface Addition {
  id: string;
  stageId: string;
  activityId: string;
  version: number;
  activity: { municipality: string } | null;
}
interface LocalAdditions {
  versionNumber: number;
  stages: { stageId: string; additions: Addition[] }[];
  needsRehoming: Addition[];
}
interface Counts {
  helpful: number;
  notHelpful: number;
  views: number;
}

let api: ApiHarness;
const tokens = {} as Record<'publisher' | 'savo' | 'lappi' | 'savoProfessional', string>;
let pathwayId = '';
let draftVersion = 0;

const publisherCall = (path: ProcedurePath, input?: unknown) => api.call(path, input, { token: tokens.publisher });
const additionsOf = async (token: string, id = pathwayId) => dataOf<LocalAdditions>(await api.call('pathways.localAdditions', { pathwayId: id }, { token }));
const add = (token: string, stageId: string, activityId: string, requestId = newRequestId()) => api.call('pathways.addLocalActivity', { requestId, pathwayId, stageId, activityId }, { token });

/** Publishes `stageIds` as the next version of the test pathway. */
const publishStages = async (stageIds: string[]) => {
  const saved = dataOf<{ version: number }>(await publisherCall('pathways.saveDraft', { pathwayId, expectedVersion: draftVersion, content: testPathway(stageIds) }));
  draftVersion = saved.version;
  await publisherCall('pathways.publish', { pathwayId, requestId: newRequestId(), expectedVersion: draftVersion, changeSummary: summary('Muutettu') });
  draftVersion += 1;
};

beforeAll(async () => {
  api = await createApiHarness();
  tokens.publisher = await api.tokenFor('nationalPublisher', null, 'demo-publisher');
  tokens.savo = await api.tokenFor('coordinator', 'pohjois-savo', 'demo-coordinator');
  tokens.lappi = await api.tokenFor('coordinator', 'lappi', 'demo-coordinator');
  tokens.savoProfessional = await api.tokenFor('professional', 'pohjois-savo', 'demo-nurse');
  const draft = dataOf<{ id: string; version: number }>(await publisherCall('pathways.createDraft', { requestId: newRequestId(), content: testPathway(['alku', 'arki']) }));
  pathwayId = draft.id;
  await publisherCall('pathways.publish', { pathwayId, requestId: newRequestId(), expectedVersion: draft.version, changeSummary: summary('Eka') });
  draftVersion = draft.version + 1;
});

describe("a county's local activities", () => {
  it('attaches a published listing of the same county once per requestId, invisible to other counties', async () => {
    const requestId = newRequestId();
    const first = dataOf<Addition>(await add(tokens.savo, 'arki', 'ps-diabetes-kavelyryhma-kuopio', requestId));
    const retry = dataOf<Addition>(await add(tokens.savo, 'arki', 'ps-diabetes-kavelyryhma-kuopio', requestId));
    expect(retry.id).toBe(first.id);
    // Another request attaching the same listing to the same stage finds the one already there.
    expect(dataOf<Addition>(await add(tokens.savo, 'arki', 'ps-diabetes-kavelyryhma-kuopio')).id).toBe(first.id);
    expect(first.activity?.municipality).toBe('Kuopio');
    expect((await additionsOf(tokens.savo)).stages.find((stage) => stage.stageId === 'arki')?.additions).toHaveLength(1);
    expect((await additionsOf(tokens.lappi)).stages.flatMap((stage) => stage.additions)).toEqual([]);
    const lappiResident = dataOf<{ stages: { localActivities: unknown[] }[] }>(await api.call('pathways.byId', { pathwayId }, { tenant: 'lappi' }));
    expect(lappiResident.stages.flatMap((stage) => stage.localActivities)).toEqual([]);
  });

  it("refuses another county's listing, an unpublished one and an unknown stage", async () => {
    expect(errorCodeOf(await add(tokens.savo, 'arki', 'la-diabeteskavely-rovaniemi'))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await add(tokens.savo, 'arki', 'ei-ole-olemassa'))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await add(tokens.savo, 'puuttuu', 'ps-diabetes-kavelyryhma-kuopio'))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.call('pathways.addLocalActivity', { requestId: newRequestId(), pathwayId, stageId: 'arki' }, { token: tokens.savo }))).toBe('BAD_REQUEST');
  });

  it('is for coordinators only', async () => {
    expect(errorCodeOf(await add(tokens.savoProfessional, 'arki', 'ps-diabetes-kavelyryhma-kuopio'))).toBe('FORBIDDEN');
    expect(errorCodeOf(await api.call('pathways.localAdditions', { pathwayId }, { tenant: 'pohjois-savo' }))).toBe('UNAUTHORIZED');
  });

  it('keeps additions of a removed stage waiting to be re-homed, then moves one and removes another', async () => {
    const moved = dataOf<Addition>(await add(tokens.savo, 'alku', 'ps-diabetes-ruokakurssi-kuopio'));
    const removed = dataOf<Addition>(await add(tokens.savo, 'alku', 'ps-tuolijumppa-kuopio'));
    await publishStages(['arki', 'uusi']);
    const after = await additionsOf(tokens.savo);
    expect(after.versionNumber).toBe(2);
    expect(after.needsRehoming.map((addition) => addition.id).sort()).toEqual([moved.id, removed.id].sort());
    const resident = dataOf<{ stages: { id: string }[] }>(await api.call('pathways.byId', { pathwayId }, { tenant: 'pohjois-savo' }));
    expect(resident.stages.map((stage) => stage.id)).toEqual(['arki', 'uusi']);

    const move = { pathwayId, additionId: moved.id, expectedVersion: moved.version, stageId: 'uusi' };
    expect(errorCodeOf(await api.call('pathways.moveLocalActivity', { ...move, stageId: 'alku' }, { token: tokens.savo }))).toBe('NOT_FOUND');
    expect(dataOf<Addition>(await api.call('pathways.moveLocalActivity', move, { token: tokens.savo })).stageId).toBe('uusi');
    expect(errorCodeOf(await api.call('pathways.moveLocalActivity', move, { token: tokens.savo }))).toBe('CONFLICT');
    const remove = { pathwayId, additionId: removed.id, expectedVersion: removed.version };
    expect(errorCodeOf(await api.call('pathways.removeLocalActivity', { ...remove, expectedVersion: 9 }, { token: tokens.savo }))).toBe('CONFLICT');
    expect(errorCodeOf(await api.call('pathways.removeLocalActivity', remove, { token: tokens.lappi }))).toBe('NOT_FOUND');
    expect(dataOf(await api.call('pathways.removeLocalActivity', remove, { token: tokens.savo }))).toEqual({ removed: true });
    const final = await additionsOf(tokens.savo);
    expect(final.needsRehoming).toEqual([]);
    expect(final.stages.find((stage) => stage.stageId === 'uusi')?.additions.map((addition) => addition.id)).toEqual([moved.id]);
  });
});

describe('stage feedback and views', () => {
  const feedback = (tenant: string, input: Record<string, unknown>) =>
    api.call('pathways.giveFeedback', { requestId: newRequestId(), pathwayId, stageId: 'arki', helpful: true, ...input }, { tenant });

  it('counts a retried feedback once and shows the county its own comments', async () => {
    const requestId = newRequestId();
    await feedback('lappi', { requestId, comment: 'Hyödyllinen vaihe.' });
    await feedback('lappi', { requestId, comment: 'Hyödyllinen vaihe.' });
    await feedback('lappi', { helpful: false });
    await api.call('pathways.recordView', { pathwayId, stageId: 'arki' }, { tenant: 'lappi' });
    const mine = dataOf<{ totals: Counts; comments: { items: { comment: string }[] } }>(await api.call('pathways.feedback', { pathwayId }, { token: tokens.lappi }));
    expect(mine.totals).toEqual({ helpful: 1, notHelpful: 1, views: 1 });
    expect(mine.comments.items.map((item) => item.comment)).toEqual(['Hyödyllinen vaihe.']);
    const savo = dataOf<{ totals: Counts; comments: { items: unknown[] } }>(await api.call('pathways.feedback', { pathwayId }, { token: tokens.savo }));
    expect(savo.comments.items).toEqual([]);
  });

  it('gives Diabetesliitto every county with its own counts', async () => {
    await feedback('keski-pohjanmaa', {});
    const national = dataOf<{ totals: Counts; tenants: { tenantId: string; tenantName: string; counts: Counts }[] }>(await publisherCall('pathways.nationalFeedback', { pathwayId }));
    expect(national.tenants.map((tenant) => tenant.tenantId)).toEqual(['keski-pohjanmaa', 'lappi']);
    expect(national.tenants.find((tenant) => tenant.tenantId === 'lappi')?.counts).toEqual({ helpful: 1, notHelpful: 1, views: 1 });
    expect(national.totals.helpful).toBe(2);
    expect(errorCodeOf(await api.call('pathways.nationalFeedback', { pathwayId }, { token: tokens.savo }))).toBe('FORBIDDEN');
  });

  it('limits feedback per address and refuses a malformed one', async () => {
    const codes: (string | undefined)[] = [];
    for (let index = 0; index < 25; index += 1) codes.push(errorCodeOf(await feedback('pohjois-savo', {})));
    expect(codes).toContain('TOO_MANY_REQUESTS');
    expect(errorCodeOf(await feedback('pohjois-savo', { comment: 'x'.repeat(501) }))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await feedback('pohjois-savo', { stageId: 'alku' }))).toBe('NOT_FOUND');
  });
});

describe('a pathway stage suggested in a referral', () => {
  it('is stored with the referral and returned to the referrer', async () => {
    const nurse = await api.tokenFor('professional', referralTenant, 'nurse-pathways');
    const suggested = [{ pathwayId: 'tyypin-2-diabetes', stageId: 'arki' }];
    const referral = await referralCalls(api).create(nurse, { suggestedPathwayStages: suggested });
    expect((referral as unknown as { suggestedPathwayStages: unknown }).suggestedPathwayStages).toEqual(suggested);
    const tooMany = Array.from({ length: 6 }, () => suggested[0]);
    expect(errorCodeOf(await api.call('referrals.create', referralInput({ suggestedPathwayStages: tooMany }), { token: nurse }))).toBe('BAD_REQUEST');
  });
});
