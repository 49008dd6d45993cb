import { latestKeyOf, pathwayNewsItemSchema, pathwayNewsPartition, tenantKey, versionKeyOf } from '@linkki/db';
import { lambdaContext } from '@linkki/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPathwayFanOutHandler } from '@linkki/functions';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedurePath } from '../helpers/api-harness';
import { insertEventOf, newRequestId, summary, testPathway } from '../helpers/pathway-fixtures';

interface Draft {
  id: string;
  version: number;
  publishedVersion: number;
  hasUnpublishedChanges: boolean;
}
interface PathwayView {
  id: string;
  versionNumber: number;
  changeSummary: { fi: string };
  stages: { id: string; localActivities: { activityId: string }[] }[];
}
interface News {
  items: { pathwayId: string; number: number }[];
}

const counties = ['pohjois-savo', 'keski-pohjanmaa', 'lappi'] as const;
let api: ApiHarness;
const tokens = {} as Record<'publisher' | 'savoCoordinator' | 'lappiCoordinator' | 'kpCoordinator', string>;

beforeAll(async () => {
  api = await createApiHarness();
  tokens.publisher = await api.tokenFor('nationalPublisher', null, 'demo-publisher');
  tokens.savoCoordinator = await api.tokenFor('coordinator', 'pohjois-savo', 'demo-coordinator');
  tokens.lappiCoordinator = await api.tokenFor('coordinator', 'lappi', 'demo-coordinator');
  tokens.kpCoordinator = await api.tokenFor('coordinator', 'keski-pohjanmaa', 'demo-coordinator');
});

const publisher = (path: ProcedurePath, input?: unknown) => api.call(path, input, { token: tokens.publisher });
const createDraft = async (content = testPathway()) => dataOf<Draft>(await publisher('pathways.createDraft', { requestId: newRequestId(), content }));
const publish = (draft: Draft, requestId = newRequestId(), text = 'Julkaistu') =>
  publisher('pathways.publish', { pathwayId: draft.id, requestId, expectedVersion: draft.version, changeSummary: summary(text) });

/** What the table stream would deliver for version `number`, run through the deployed fan-out handler. */
const deliverStream = async (pathwayId: string, number: number) => {
  const handler = createPathwayFanOutHandler({ registry: api.tables.platform, news: api.tables.platform });
  return handler(await insertEventOf(api.endpoint, api.tableName, versionKeyOf(pathwayId, number)), lambdaContext());
};
const newsOf = async (token: string) => dataOf<News>(await api.call('pathways.notifications', {}, { token }));

describe('the demo pathways', () => {
  it('lists the four published target groups to a resident, not the draft', async () => {
    const list = dataOf<{ items: { id: string; versionNumber: number }[] }>(await api.call('pathways.list', undefined, { tenant: 'lappi', method: 'GET' }));
    expect(list.items.map((item) => item.id).sort()).toEqual(['diabetesriski', 'laheiset', 'tyypin-1-diabetes', 'tyypin-2-diabetes']);
    expect(list.items.find((item) => item.id === 'tyypin-2-diabetes')?.versionNumber).toBe(2);
  });

  it("shows each county its own local activities and none of another county's", async () => {
    const local = async (tenant: string) => {
      const view = dataOf<PathwayView>(await api.call('pathways.byId', { pathwayId: 'tyypin-2-diabetes' }, { tenant }));
      return view.stages.flatMap((stage) => stage.localActivities.map((activity) => activity.activityId));
    };
    const [savo, kp, lappi] = await Promise.all([local('pohjois-savo'), local('keski-pohjanmaa'), local('lappi')]);
    expect(savo).toContain('ps-diabetes-kavelyryhma-kuopio');
    expect(lappi).toContain('la-diabeteskavely-rovaniemi');
    expect(kp).toContain('kp-tyypin2-vertaisryhma-kokkola');
    for (const [own, prefix] of [
      [savo, 'ps-'],
      [lappi, 'la-'],
      [kp, 'kp-'],
    ] as const)
      expect(own.every((id) => id.startsWith(prefix))).toBe(true);
  });

  it('keeps the history with a diff of what version 2 changed', async () => {
    const versions = dataOf<{ items: { number: number }[] }>(await api.call('pathways.versions', { pathwayId: 'tyypin-2-diabetes' }));
    expect(versions.items.map((version) => version.number)).toEqual([2, 1]);
    const diff = dataOf<{ stages: { added: { id: string }[]; removed: { id: string }[] } }>(await api.call('pathways.diff', { pathwayId: 'tyypin-2-diabetes', from: 1, to: 2 }));
    expect(diff.stages.removed.map((stage) => stage.id)).toEqual(['ryhmavalmennus']);
    expect(diff.stages.added.map((stage) => stage.id)).toEqual(['arki', 'kuntoutus']);
  });
});

describe('publishing a national version', () => {
  it('is seen at once by every county, and the stream fan-out tells each county once', async () => {
    const draft = await createDraft(testPathway(['alku', 'arki'], 'Kaikille näkyvä polku'));
    expect(draft).toMatchObject({ publishedVersion: 0, hasUnpublishedChanges: true });
    const published = await publish(draft);
    expect(dataOf<{ number: number }>(published).number).toBe(1);
    for (const tenant of counties) {
      const view = dataOf<PathwayView>(await api.call('pathways.byId', { pathwayId: draft.id }, { tenant }));
      expect(view).toMatchObject({ versionNumber: 1, changeSummary: { fi: 'Julkaistu' } });
    }
    expect(await deliverStream(draft.id, 1)).toEqual({ batchItemFailures: [] });
    // A redelivered record changes nothing.
    await deliverStream(draft.id, 1);
    for (const token of [tokens.savoCoordinator, tokens.lappiCoordinator, tokens.kpCoordinator]) {
      const mine = (await newsOf(token)).items.filter((item) => item.pathwayId === draft.id);
      expect(mine).toEqual([expect.objectContaining({ pathwayId: draft.id, number: 1 })]);
    }
  });

  it('makes one version when a publish is retried with the same requestId', async () => {
    const draft = await createDraft();
    const requestId = newRequestId();
    const [first, second] = [await publish(draft, requestId), await publish(draft, requestId)];
    expect(dataOf(second)).toEqual(dataOf(first));
    const versions = dataOf<{ items: unknown[] }>(await api.call('pathways.versions', { pathwayId: draft.id }));
    expect(versions.items).toHaveLength(1);
  });

  it('refuses a stale draft version and an unchanged draft with CONFLICT', async () => {
    const draft = await createDraft();
    const saved = dataOf<Draft>(await publisher('pathways.saveDraft', { pathwayId: draft.id, expectedVersion: draft.version, content: testPathway(['alku', 'arki', 'loppu']) }));
    expect(errorCodeOf(await publisher('pathways.saveDraft', { pathwayId: draft.id, expectedVersion: draft.version, content: testPathway() }))).toBe('CONFLICT');
    expect(errorCodeOf(await publish(draft))).toBe('CONFLICT');
    await publish(saved);
    const afterPublish = dataOf<Draft>(await publisher('pathways.draft', { pathwayId: draft.id }));
    expect(afterPublish).toMatchObject({ publishedVersion: 1, hasUnpublishedChanges: false });
    expect(errorCodeOf(await publish(afterPublish))).toBe('CONFLICT');
  });

  it('needs the Swedish and English titles before publishing', async () => {
    const content = testPathway();
    const draft = await createDraft({ ...content, title: { fi: 'Vain suomeksi' } });
    const response = await publish(draft);
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain('content.title.sv');
  });

  it('rejects malformed drafts naming the field', async () => {
    const content = testPathway(['sama', 'sama']);
    const response = await publisher('pathways.createDraft', { requestId: newRequestId(), content });
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain('content.stages.1.id');
    expect(errorCodeOf(await publisher('pathways.createDraft', { requestId: 'not-a-uuid', content: testPathway() }))).toBe('BAD_REQUEST');
    const http = { ...testPathway(), stages: [{ ...testPathway().stages[0]!, items: [{ ...testPathway().stages[0]!.items[0]!, url: 'http://example.fi' }] }] };
    expect(errorCodeOf(await publisher('pathways.createDraft', { requestId: newRequestId(), content: http }))).toBe('BAD_REQUEST');
  });

  it('returns the same draft for a retried create', async () => {
    const requestId = newRequestId();
    const first = dataOf<Draft>(await publisher('pathways.createDraft', { requestId, content: testPathway() }));
    const second = dataOf<Draft>(await publisher('pathways.createDraft', { requestId, content: testPathway() }));
    expect(second).toEqual(first);
  });
});

describe('who may publish', () => {
  it('refuses a coordinator and a professional', async () => {
    const draft = await createDraft();
    for (const role of ['coordinator', 'professional'] as const) {
      const token = await api.tokenFor(role, 'lappi');
      const response = await api.call('pathways.publish', { pathwayId: draft.id, requestId: newRequestId(), expectedVersion: draft.version, changeSummary: summary('x') }, { token });
      expect(errorCodeOf(response)).toBe('FORBIDDEN');
      expect(errorCodeOf(await api.call('pathways.createDraft', { requestId: newRequestId(), content: testPathway() }, { token }))).toBe('FORBIDDEN');
    }
  });

  it("gives the national publisher no county's referrals or local editing", async () => {
    for (const [path, input] of [
      ['referrals.list', {}],
      ['referrals.queue', undefined],
      ['referrals.byId', { id: 'r-1' }],
    ] as const) {
      expect(errorCodeOf(await publisher(path, input))).toBe('FORBIDDEN');
    }
    expect(errorCodeOf(await api.call('pathways.localAdditions', { pathwayId: 'tyypin-2-diabetes' }, { token: tokens.publisher, tenant: 'lappi' }))).toBe('FORBIDDEN');
  });

  it('refuses a county token aimed at another county', async () => {
    const response = await api.call('pathways.notifications', {}, { token: tokens.lappiCoordinator, tenant: 'pohjois-savo' });
    expect(errorCodeOf(response)).toBe('FORBIDDEN');
  });
});

describe('the fan-out function', () => {
  it('writes nothing for a record that is not a national version in its own partition', async () => {
    const draft = await createDraft(testPathway(['alku'], 'Väärennetty'));
    await publish(draft);
    const event = await insertEventOf(api.endpoint, api.tableName, versionKeyOf(draft.id, 1));
    const image = event.Records[0]!.dynamodb!.NewImage!;
    const forgeries = [
      { ...image, pk: { S: tenantKey('lappi', 'PATHWAY', draft.id) } },
      { ...image, entity: { S: 'pathwayDraft' } },
    ];
    const latest = await insertEventOf(api.endpoint, api.tableName, latestKeyOf(draft.id));
    const handler = createPathwayFanOutHandler({ registry: api.tables.platform, news: api.tables.platform });
    for (const NewImage of forgeries) await handler({ Records: [{ eventName: 'INSERT', dynamodb: { NewImage, SequenceNumber: '2' } }] }, lambdaContext());
    await handler(latest, lambdaContext());
    await handler({ Records: [{ ...event.Records[0]!, eventName: 'MODIFY' }] }, lambdaContext());
    const news = await api.tables.platform.queryPage({ schema: pathwayNewsItemSchema, partition: pathwayNewsPartition('lappi'), limit: 100 });
    expect(news.items.filter((item) => item.pathwayId === draft.id)).toEqual([]);
  });
});
