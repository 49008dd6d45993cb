import type { PostContent } from '@linkki/domain';
import { seedNetwork } from '@linkki/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';
import { newRequestId, practiceContent, updateContent } from '../helpers/network-fixtures';

interface PostView {
  id: string;
  version: number;
  content: PostContent;
  author: Record<string, unknown>;
  hidden: boolean;
  hiddenReason: string | null;
  usefulCount: number;
  commentCount: number;
  unread: boolean;
  canEdit: boolean;
}
interface FeedPage {
  items: PostView[];
  nextCursor: string | null;
}

let api: ApiHarness;
const tokens: Record<string, string> = {};

const create = async (token: string, content: PostContent, requestId = newRequestId()) =>
  dataOf<{ post: PostView; duplicate: boolean }>(await api.call('network.create', { requestId, content }, { token }));
const feed = async (token: string, input: Record<string, unknown> = {}) => dataOf<FeedPage>(await api.call('network.feed', input, { token }));
const allPages = async (token: string, input: Record<string, unknown>) => {
  const ids: string[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await feed(token, { ...input, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
};

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  tokens.lappi = await api.tokenFor('networkMember', 'lappi', 'demo-developer');
  tokens.savo = await api.tokenFor('networkMember', 'pohjois-savo', 'demo-developer');
  tokens.savoCoordinator = await api.tokenFor('coordinator', 'pohjois-savo', 'demo-coordinator');
  tokens.lappiCoordinator = await api.tokenFor('coordinator', 'lappi', 'demo-coordinator');
  tokens.publisher = await api.tokenFor('nationalPublisher', null, 'demo-publisher');
  tokens.operator = await api.tokenFor('platformAdmin', null, 'demo-operator');
});

describe('demo network', () => {
  it('seeds practices from every demo county and Diabetesliitto once, and the toolkit lists the participation practices', async () => {
    expect(await seedNetwork(api.tables)).toMatchObject({ created: 0 });
    const practices = await feed(tokens.savo!, { kind: 'practice' });
    expect(new Set(practices.items.map((item) => item.author.region))).toEqual(new Set(['lappi', 'keski-pohjanmaa', 'pohjois-savo', 'national']));
    const toolkit = dataOf<{ practices: { title: string; tools: string[] }[] }>(await api.call('network.toolkit', {}, { token: tokens.lappi! }));
    expect(toolkit.practices.map((practice) => practice.title)).toContain('Palveluohjauksen malli ja järjestöyhteistyö Pohjois-Savossa');
    expect(toolkit.practices.every((practice) => practice.tools.length > 0)).toBe(true);
  });
});

describe('network posts across counties', () => {
  it('shows a post written in Lappi to a member in Pohjois-Savo, with the author block only', async () => {
    const { post } = await create(tokens.lappi!, practiceContent());
    expect(post.author).toEqual({ userId: 'demo-developer', displayName: 'Olli Kangas', organisation: expect.any(String), region: 'lappi', regionName: expect.stringContaining('Lapin') });
    const byTag = await feed(tokens.savo!, { tags: ['osallisuus'] });
    expect(byTag.items.map((item) => item.id)).toContain(post.id);
    // Nothing of a county's own partitions travels with network content, cursors included.
    const decodedCursor = byTag.nextCursor ? Buffer.from(byTag.nextCursor, 'base64url').toString('utf8') : '';
    expect(`${JSON.stringify(byTag.items)}${decodedCursor}`).not.toMatch(/"T#|USERS|OUTBOX|REFERRAL/);
    expect(dataOf<PostView>(await api.call('network.post', { postId: post.id }, { token: tokens.savo! })).canEdit).toBe(false);
  });

  it('creates one post for a retried request id', async () => {
    const requestId = newRequestId();
    const first = await create(tokens.lappi!, updateContent({ title: 'Toistettu pyyntö' }), requestId);
    const retry = await create(tokens.lappi!, updateContent({ title: 'Toistettu pyyntö' }), requestId);
    expect(retry).toMatchObject({ duplicate: true, post: { id: first.post.id } });
    expect((await allPages(tokens.savo!, { kind: 'update' })).filter((id) => id === first.post.id)).toHaveLength(1);
  });

  it('refuses malformed payloads', async () => {
    const bad = [
      { requestId: 'not-a-uuid', content: updateContent() },
      { requestId: newRequestId(), content: { ...updateContent(), tags: ['ei-tagi'] } },
      { requestId: newRequestId(), content: { ...practiceContent(), practice: { summary: 'vain tiivistelmä' } } },
      { requestId: newRequestId(), content: { kind: 'event', title: 'Tapahtuma', body: 'x', tags: ['hyte'], event: { startsAt: '2027-01-01T10:00:00+02:00' } } },
      { requestId: newRequestId(), content: updateContent(), tenantId: 'lappi' },
    ];
    for (const input of bad) expect(errorCodeOf(await api.call('network.create', input, { token: tokens.savo! }))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await api.call('network.post', { postId: 'T#lappi#USERS' }, { token: tokens.savo! }))).toBe('BAD_REQUEST');
  });

  it('refuses residents, professionals, link workers and organisation editors', async () => {
    expect(errorCodeOf(await api.call('network.feed', {}, { tenant: 'lappi' }))).toBe('UNAUTHORIZED');
    for (const role of ['professional', 'linkWorker', 'orgEditor'] as const) {
      expect(errorCodeOf(await api.call('network.feed', {}, { token: await api.tokenFor(role, 'lappi') }))).toBe('FORBIDDEN');
    }
  });
});

describe('editing practices', () => {
  it('keeps the history, refuses other members and stale versions, lets co-authors edit', async () => {
    const { post } = await create(tokens.lappi!, practiceContent({ coAuthors: ['national/demo-publisher'] }));
    const edited = practiceContent({ stage: 'established', results: 'Osallisuuskokemus parani.', coAuthors: ['national/demo-publisher'] });
    expect(errorCodeOf(await api.call('network.update', { postId: post.id, expectedVersion: 1, content: edited }, { token: tokens.savo! }))).toBe('FORBIDDEN');
    const saved = dataOf<PostView>(await api.call('network.update', { postId: post.id, expectedVersion: 1, content: edited }, { token: tokens.lappi! }));
    expect(saved.version).toBe(2);
    expect(errorCodeOf(await api.call('network.update', { postId: post.id, expectedVersion: 1, content: practiceContent() }, { token: tokens.lappi! }))).toBe('CONFLICT');
    const byCoAuthor = await api.call('network.update', { postId: post.id, expectedVersion: 2, content: { ...edited, title: 'Asukasraati 2.0' } }, { token: tokens.publisher! });
    expect(dataOf<PostView>(byCoAuthor).version).toBe(3);
    const history = dataOf<{ items: { revision: number; content: { practice: { stage: string } }; savedBy: string }[] }>(
      await api.call('network.history', { postId: post.id }, { token: tokens.savo! }),
    );
    expect(history.items.map((item) => [item.revision, item.content.practice.stage, item.savedBy])).toEqual([
      [2, 'established', 'national/demo-publisher'],
      [1, 'piloted', 'lappi/demo-developer'],
    ]);
    expect(errorCodeOf(await api.call('network.update', { postId: post.id, expectedVersion: 3, content: updateContent() }, { token: tokens.lappi! }))).toBe('BAD_REQUEST');
  });

  it('moves the tag index entries with the tags', async () => {
    const { post } = await create(tokens.lappi!, practiceContent({}, ['ikaihmiset']));
    await api.call('network.update', { postId: post.id, expectedVersion: 1, content: practiceContent({}, ['liikunta']) }, { token: tokens.lappi! });
    expect((await feed(tokens.savo!, { tags: ['ikaihmiset'] })).items.map((item) => item.id)).not.toContain(post.id);
    expect((await feed(tokens.savo!, { tags: ['liikunta'] })).items.map((item) => item.id)).toContain(post.id);
  });
});

describe('moderation', () => {
  it('hides reported content from everyone but moderators and the author, who sees the reason', async () => {
    const { post } = await create(tokens.lappi!, updateContent({ title: 'Mainos', tags: ['hyte'] }));
    expect(dataOf(await api.call('network.report', { postId: post.id, reason: 'Kaupallinen mainos' }, { token: tokens.savo! }))).toEqual({ duplicate: false });
    const queue = dataOf<FeedPage>(await api.call('network.moderationQueue', {}, { token: tokens.lappiCoordinator! }));
    expect(queue.items.map((item) => item.id)).toContain(post.id);
    await api.call('network.hide', { postId: post.id, reason: 'Kaupallinen sisältö ei kuulu verkostoon' }, { token: tokens.operator! });
    expect(errorCodeOf(await api.call('network.post', { postId: post.id }, { token: tokens.savo! }))).toBe('NOT_FOUND');
    expect((await feed(tokens.savo!, { tags: ['hyte'] })).items.map((item) => item.id)).not.toContain(post.id);
    expect(errorCodeOf(await api.call('network.comments', { postId: post.id }, { token: tokens.publisher! }))).toBe('NOT_FOUND');
    const asAuthor = dataOf<PostView>(await api.call('network.post', { postId: post.id }, { token: tokens.lappi! }));
    expect(asAuthor).toMatchObject({ hidden: true, hiddenReason: 'Kaupallinen sisältö ei kuulu verkostoon' });
    expect((await feed(tokens.savoCoordinator!, { tags: ['hyte'] })).items.map((item) => item.id)).toContain(post.id);
    expect(dataOf<FeedPage>(await api.call('network.moderationQueue', {}, { token: tokens.lappiCoordinator! })).items.map((item) => item.id)).not.toContain(post.id);
    await api.call('network.unhide', { postId: post.id }, { token: tokens.lappiCoordinator! });
    expect(dataOf<PostView>(await api.call('network.post', { postId: post.id }, { token: tokens.savo! })).hidden).toBe(false);
  });

  it("lets a county's coordinator moderate and queue only posts by that county's members", async () => {
    const { post } = await create(tokens.lappi!, updateContent({ title: 'Lapin mainos', tags: ['hyte'] }));
    await api.call('network.report', { postId: post.id, reason: 'Kaupallinen mainos' }, { token: tokens.savo! });
    const savoQueue = dataOf<FeedPage>(await api.call('network.moderationQueue', {}, { token: tokens.savoCoordinator! }));
    expect(savoQueue.items.map((item) => item.id)).not.toContain(post.id);
    expect(errorCodeOf(await api.call('network.hide', { postId: post.id, reason: 'Toisen maakunnan päätös' }, { token: tokens.savoCoordinator! }))).toBe('FORBIDDEN');
    expect(dataOf<PostView>(await api.call('network.post', { postId: post.id }, { token: tokens.lappi! })).hidden).toBe(false);
    const lappiQueue = dataOf<FeedPage>(await api.call('network.moderationQueue', {}, { token: tokens.lappiCoordinator! }));
    expect(lappiQueue.items.map((item) => item.id)).toContain(post.id);
    expect(dataOf<PostView>(await api.call('network.hide', { postId: post.id, reason: 'Kaupallinen sisältö' }, { token: tokens.lappiCoordinator! })).hidden).toBe(true);
    expect(errorCodeOf(await api.call('network.unhide', { postId: post.id }, { token: tokens.savoCoordinator! }))).toBe('FORBIDDEN');
    expect(dataOf<PostView>(await api.call('network.post', { postId: post.id }, { token: tokens.lappi! })).hidden).toBe(true);
  });

  it('lets a platform admin moderate and queue posts of every county and the national region', async () => {
    const { post: county } = await create(tokens.savo!, updateContent({ title: 'Savon mainos', tags: ['hyte'] }));
    const { post: national } = await create(tokens.publisher!, updateContent({ title: 'Valtakunnallinen mainos', tags: ['hyte'] }));
    for (const post of [county, national]) await api.call('network.report', { postId: post.id, reason: 'Kaupallinen mainos' }, { token: tokens.lappi! });
    const queue = dataOf<FeedPage>(await api.call('network.moderationQueue', {}, { token: tokens.operator! }));
    expect(queue.items.map((item) => item.id)).toEqual(expect.arrayContaining([county.id, national.id]));
    expect(errorCodeOf(await api.call('network.hide', { postId: national.id, reason: 'Maakunnan koordinaattori' }, { token: tokens.savoCoordinator! }))).toBe('FORBIDDEN');
    for (const post of [county, national]) {
      expect(dataOf<PostView>(await api.call('network.hide', { postId: post.id, reason: 'Kaupallinen sisältö' }, { token: tokens.operator! })).hidden).toBe(true);
      expect(dataOf<PostView>(await api.call('network.unhide', { postId: post.id }, { token: tokens.operator! })).hidden).toBe(false);
    }
  });
});

describe('comments and useful marks', () => {
  it('counts one useful mark per member and one comment per request id', async () => {
    const { post } = await create(tokens.savo!, { ...updateContent(), kind: 'question', title: 'Miten mittaatte osallisuutta?' });
    const requestId = newRequestId();
    for (let round = 0; round < 2; round += 1) {
      await api.call('network.markUseful', { postId: post.id }, { token: tokens.lappi! });
      await api.call('network.comment', { postId: post.id, requestId, body: 'Käytämme THL:n osallisuusindikaattoria.' }, { token: tokens.lappi! });
    }
    await api.call('network.markUseful', { postId: post.id }, { token: tokens.publisher! });
    const view = dataOf<PostView>(await api.call('network.post', { postId: post.id }, { token: tokens.savo! }));
    expect(view).toMatchObject({ usefulCount: 2, commentCount: 1 });
    const comments = dataOf<{ items: { body: string; author: { region: string } }[] }>(await api.call('network.comments', { postId: post.id }, { token: tokens.savo! }));
    expect(comments.items).toEqual([expect.objectContaining({ body: 'Käytämme THL:n osallisuusindikaattoria.', author: expect.objectContaining({ region: 'lappi' }) })]);
  });
});

describe('following, paging and unread markers', () => {
  it('pages the followed tags newest first, each post once, and marks what is new', async () => {
    const member = await api.tokenFor('networkMember', 'keski-pohjanmaa', 'seuraaja');
    await api.call('network.saveSettings', { followedTags: ['ikaihmiset', 'mielenterveys'], followedRegions: [], weeklyDigest: false, expectedVersion: 0 }, { token: member });
    const tagSets: PostContent['tags'][] = [['ikaihmiset'], ['mielenterveys'], ['ikaihmiset', 'mielenterveys']];
    const created: string[] = [];
    for (let index = 0; index < 25; index += 1) created.push((await create(tokens.savo!, updateContent({ title: `Viesti ${index}`, tags: tagSets[index % 3]! }))).post.id);
    const ids = await allPages(member, { followed: true });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => created.includes(id))).toEqual([...created].reverse());
    expect((await feed(member, { followed: true })).items.every((item) => item.unread)).toBe(true);
    await api.call('network.markRead', undefined, { token: member });
    expect((await feed(member, { followed: true })).items.some((item) => item.unread)).toBe(false);
  });

  it('refuses a cursor altered to read elsewhere', async () => {
    const forged = Buffer.from(JSON.stringify({ v: 1, at: { 'T#lappi#USERS': 'x' } })).toString('base64url');
    expect(errorCodeOf(await api.call('network.feed', { cursor: forged }, { token: tokens.savo! }))).toBe('BAD_REQUEST');
  });

  it('keeps the digest address when a member changes what they follow', async () => {
    const before = dataOf<{ version: number; email: string | null }>(await api.call('network.settings', undefined, { token: tokens.lappi! }));
    expect(before.email).toBe('olli.kangas@lappi.example');
    const input = { followedTags: ['diabetes'], followedRegions: ['pohjois-savo'], weeklyDigest: true, expectedVersion: before.version };
    expect(dataOf(await api.call('network.saveSettings', input, { token: tokens.lappi! }))).toMatchObject({ followedTags: ['diabetes'], email: 'olli.kangas@lappi.example' });
  });

  it('refuses a stale settings version', async () => {
    const member = await api.tokenFor('networkMember', 'lappi', 'asetukset');
    const input = { followedTags: ['diabetes'], followedRegions: ['lappi'], weeklyDigest: true };
    await api.call('network.saveSettings', { ...input, expectedVersion: 0 }, { token: member });
    expect(errorCodeOf(await api.call('network.saveSettings', { ...input, expectedVersion: 0 }, { token: member }))).toBe('CONFLICT');
    expect(dataOf<{ version: number }>(await api.call('network.saveSettings', { ...input, expectedVersion: 1 }, { token: member })).version).toBe(2);
  });
});
