import { type RunningPlatform, startPlatform } from '@linkki/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequestId, summary, testPathway } from '../helpers/pathway-fixtures';

/** Calls a procedure on the running local server the way the web client does. */
const call = async (platform: RunningPlatform, path: string, input: unknown, headers: Record<string, string>) => {
  const response = await fetch(`${platform.url}/trpc/${path}?batch=1`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ 0: input }) });
  const [answer] = (await response.json()) as [{ result?: { data: unknown }; error?: unknown }];
  if (!answer.result) throw new Error(`${path}: ${JSON.stringify(answer.error)}`);
  return answer.result.data;
};

const tokenOf = async (platform: RunningPlatform, body: Record<string, string>) => {
  const response = await fetch(`${platform.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return `Bearer ${((await response.json()) as { token: string }).token}`;
};

describe('publishing on the local platform', () => {
  let platform: RunningPlatform;
  beforeAll(async () => {
    platform = await startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot: null });
  });
  afterAll(() => platform.stop());

  it('runs the fan-out at once (no table stream locally): every county has the news', async () => {
    const publisher = { authorization: await tokenOf(platform, { role: 'nationalPublisher', user: 'demo-publisher' }) };
    const draft = (await call(platform, 'pathways.createDraft', { requestId: newRequestId(), content: testPathway() }, publisher)) as { id: string; version: number };
    await call(platform, 'pathways.publish', { pathwayId: draft.id, requestId: newRequestId(), expectedVersion: draft.version, changeSummary: summary('Paikallinen') }, publisher);
    for (const tenant of ['pohjois-savo', 'keski-pohjanmaa', 'lappi']) {
      const coordinator = { authorization: await tokenOf(platform, { tenant, role: 'coordinator', user: 'demo-coordinator' }) };
      const news = (await call(platform, 'pathways.notifications', {}, coordinator)) as { items: { pathwayId: string }[] };
      expect(news.items.map((item) => item.pathwayId)).toContain(draft.id);
    }
  });
});
