import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { backfillFeedDescriptors, createNetworkPostRepository, feedIndexPartition, indexEntryKeyOf, indexEntryItemSchema } from '@linkki/db';
import { networkTagIds, type PostContent, type PostKind } from '@linkki/domain';
import { createNetworkDigestHandler } from '@linkki/functions';
import { lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachRequestMeter, type RequestMeter } from '../bench/request-meter';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';
import { newRequestId, updateContent } from '../helpers/network-fixtures';

interface FeedPost {
  id: string;
  content: { tags: string[]; kind: PostKind };
  author: { region: string };
}
interface FeedPage {
  items: FeedPost[];
  nextCursor: string | null;
}
interface Follows {
  followedTags: string[];
  followedRegions: string[];
}

let api: ApiHarness;
let meter: RequestMeter;
let author: string;
let moderator: string;

const regions = ['lappi', 'pohjois-savo', 'keski-pohjanmaa', 'kainuu', 'satakunta'];
const kinds = ['update', 'question'] as const;

const feed = async (token: string, input: Record<string, unknown>) => dataOf<FeedPage>(await api.call('network.feed', input, { token }));

/** Every page of a feed, each page's size kept too. */
const allPages = async (token: string, input: Record<string, unknown>) => {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const page: FeedPage = await feed(token, { ...input, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((item) => item.id));
    sizes.push(page.items.length);
    cursor = page.nextCursor;
  } while (cursor);
  return { ids, sizes };
};

/** The whole feed read page by page from its own partition: what a filtered feed must agree with. */
const everyPost = async (token: string): Promise<FeedPost[]> => {
  const posts: FeedPost[] = [];
  let cursor: string | null = null;
  do {
    const page: FeedPage = await feed(token, cursor ? { cursor } : {});
    posts.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return posts;
};

const expectedIds = (posts: FeedPost[], tags: string[], regionsChosen: string[], kind?: PostKind) =>
  posts.filter((post) => (tags.some((tag) => post.content.tags.includes(tag)) || regionsChosen.includes(post.author.region)) && (!kind || post.content.kind === kind)).map((post) => post.id);

const memberFollowing = async (userId: string, follows: Follows): Promise<string> => {
  const token = await api.tokenFor('networkMember', 'keski-pohjanmaa', userId);
  await api.call('network.saveSettings', { ...follows, weeklyDigest: false, expectedVersion: 0 }, { token });
  return token;
};

const loadedPosts = 150;
const loadedFrom = Date.parse('2031-01-01T00:00:00.000Z');

/** Post `index` of the load: a minute after the one before, in one of five regions, of one of two kinds, with one or two tags. */
const loadPost = (index: number) => {
  const region = regions[index % regions.length]!;
  const tags = [...new Set([networkTagIds[index % networkTagIds.length]!, networkTagIds[(index * 5 + 1) % networkTagIds.length]!])];
  const content: PostContent = { kind: kinds[index % kinds.length]!, title: `Sivu ${index}`, body: 'Sivutuksen koeaineisto.', tags };
  const id = `ee${index.toString(16).padStart(18, '0')}`;
  const postAuthor = { userId: 'sivuttaja', displayName: 'Sivuttaja', region, regionName: region };
  return createNetworkPostRepository(api.tables.platform).create({ id, content, author: postAuthor, coAuthors: [] }, new Date(loadedFrom + index * 60_000).toISOString());
};

/** The posts, newer than the demo ones, five at a time: DynamoDB Local times out a long queue of transactions. */
const loadPosts = async () => {
  for (let first = 0; first < loadedPosts; first += 5) await Promise.all([0, 1, 2, 3, 4].map((offset) => loadPost(first + offset)));
};

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  meter = attachRequestMeter(api.client);
  author = await api.tokenFor('networkMember', 'lappi', 'demo-developer');
  moderator = await api.tokenFor('platformAdmin', null, 'demo-operator');
  await loadPosts();
});

describe('a feed page in at most three requests', () => {
  const followings: [string, Follows][] = [
    ['1 tag', { followedTags: ['diabetes'], followedRegions: [] }],
    ['5 tags', { followedTags: networkTagIds.slice(0, 5), followedRegions: [] }],
    ['12 tags and 8 regions', { followedTags: [...networkTagIds], followedRegions: ['lappi', 'kainuu', 'satakunta', 'pirkanmaa', 'helsinki', 'kymenlaakso', 'etela-savo', 'pohjanmaa'] }],
  ];

  it.each(followings)('reads the first and the next page of a member following %s with one GetItem, one Query and one BatchGetItem', async (_label, follows) => {
    const token = await memberFollowing(`laskettu-${follows.followedTags.length}-${follows.followedRegions.length}`, follows);
    // The first call also resolves the caller's membership; it is cached for the pages after it.
    const first = await feed(token, { followed: true });
    meter.reset();
    const again = await feed(token, { followed: true });
    expect(meter.requests).toBe(3);
    meter.reset();
    await feed(token, { followed: true, cursor: again.nextCursor });
    expect(meter.requests).toBe(3);
    expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });

  it('reads a rare chosen selection (a kind from two regions) in three requests too', async () => {
    const token = await memberFollowing('harvinainen', { followedTags: [], followedRegions: [] });
    await feed(token, {});
    meter.reset();
    await feed(token, { regions: ['kainuu', 'satakunta'], kind: 'question' });
    expect(meter.requests).toBe(3);
  });
});

describe('paging a merged feed', () => {
  it('lists every followed post once, newest first, across pages', async () => {
    const follows = { followedTags: ['ikaihmiset', 'omahoito'], followedRegions: ['lappi'] };
    const token = await memberFollowing('sivuttaja-seuraa', follows);
    const { ids, sizes } = await allPages(token, { followed: true });
    expect(ids).toEqual(expectedIds(await everyPost(token), follows.followedTags, follows.followedRegions));
    expect(sizes.length).toBeGreaterThan(2);
    // Only the last page may be short: the window reads on until a page is full.
    expect(sizes.slice(0, -1).every((size) => size === 20)).toBe(true);
  });

  it('lists a rarer selection than expected exactly, going on from the cursor after a short page', async () => {
    const token = await memberFollowing('sivuttaja-harvinainen', { followedTags: [], followedRegions: [] });
    // Ten regions that have no posts make the first window expect far more matches than there are.
    const quiet = ['pirkanmaa', 'helsinki', 'kymenlaakso', 'etela-savo', 'pohjanmaa', 'vantaa-kerava', 'ita-uusimaa', 'keski-uusimaa', 'lansi-uusimaa', 'varsinais-suomi'];
    const { ids, sizes } = await allPages(token, { tags: ['diabetes'], regions: quiet });
    expect(ids).toEqual(expectedIds(await everyPost(token), ['diabetes'], quiet));
    expect(sizes[0]).toBeLessThan(20);
    expect(sizes.length).toBeGreaterThan(1);
    const ofKind = await allPages(token, { tags: ['diabetes'], regions: quiet, kind: 'question' });
    expect(ofKind.ids).toEqual(expectedIds(await everyPost(token), ['diabetes'], quiet, 'question'));
  });

  it('refuses a cursor of another partition, and one altered to read a county', async () => {
    const token = await memberFollowing('sivuttaja-vaarentaa', { followedTags: [], followedRegions: [] });
    const tagPage = await feed(token, { tags: ['diabetes'] });
    expect(tagPage.nextCursor).not.toBeNull();
    expect(errorCodeOf(await api.call('network.feed', { tags: ['diabetes', 'liikunta'], cursor: tagPage.nextCursor }, { token }))).toBe('BAD_REQUEST');
    const at = Buffer.from(JSON.stringify({ v: 1, key: { pk: 'T#lappi#USERS', sk: 'USER#x', gsi1pk: feedIndexPartition.all(), gsi1sk: '9' } })).toString('base64url');
    const forged = Buffer.from(JSON.stringify({ v: 2, at, window: 20 })).toString('base64url');
    expect(errorCodeOf(await api.call('network.feed', { tags: ['diabetes', 'liikunta'], cursor: forged }, { token }))).toBe('BAD_REQUEST');
  });
});

describe('follows, edits and moderation on the merged feed', () => {
  it('shows what a member follows from the moment they save it, older posts included, and nothing of what they stopped following', async () => {
    const token = await memberFollowing('vaihtaja', { followedTags: ['liikunta', 'diabetes'], followedRegions: [] });
    const posts = await everyPost(token);
    const before = (await allPages(token, { followed: true })).ids;
    expect(before).toEqual(expectedIds(posts, ['liikunta', 'diabetes'], []));
    await api.call('network.saveSettings', { followedTags: ['mielenterveys', 'hyte'], followedRegions: ['kainuu'], weeklyDigest: false, expectedVersion: 1 }, { token });
    const after = (await allPages(token, { followed: true })).ids;
    expect(after).toEqual(expectedIds(posts, ['mielenterveys', 'hyte'], ['kainuu']));
    expect(after.filter((id) => before.includes(id))).toEqual(expectedIds(posts, ['mielenterveys', 'hyte'], ['kainuu']).filter((id) => before.includes(id)));
  });

  it('moves a post between merged selections when its tags are edited, keeping its place', async () => {
    const { post } = dataOf<{ post: FeedPost & { version: number } }>(
      await api.call('network.create', { requestId: newRequestId(), content: updateContent({ title: 'Siirtyvä', tags: ['palveluohjaus'] }) }, { token: author }),
    );
    const token = await memberFollowing('muokkauksen-seuraaja', { followedTags: ['vapaaehtoistoiminta', 'jarjestoyhteistyo'], followedRegions: [] });
    expect((await allPages(token, { tags: ['palveluohjaus', 'hyte'] })).ids).toContain(post.id);
    await api.call('network.update', { postId: post.id, expectedVersion: 1, content: updateContent({ title: 'Siirtyvä', tags: ['vapaaehtoistoiminta'] }) }, { token: author });
    expect((await allPages(token, { tags: ['palveluohjaus', 'hyte'] })).ids).not.toContain(post.id);
    const followed = (await allPages(token, { followed: true })).ids;
    expect(followed.filter((id) => id === post.id)).toHaveLength(1);
    expect(followed).toEqual(expectedIds(await everyPost(token), ['vapaaehtoistoiminta', 'jarjestoyhteistyo'], []));
  });

  it('leaves a hidden post out for members and keeps it for moderators and its author', async () => {
    const { post } = dataOf<{ post: FeedPost }>(
      await api.call('network.create', { requestId: newRequestId(), content: updateContent({ title: 'Piilotettava', tags: ['omahoito'] }) }, { token: author }),
    );
    const selection = { tags: ['omahoito', 'diabetes'] };
    const member = await memberFollowing('piilon-lukija', { followedTags: [], followedRegions: [] });
    expect((await allPages(member, selection)).ids).toContain(post.id);
    await api.call('network.hide', { postId: post.id, reason: 'Ei kuulu verkostoon' }, { token: moderator });
    const { ids } = await allPages(member, selection);
    expect(ids).not.toContain(post.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await allPages(moderator, selection)).ids).toContain(post.id);
    expect((await allPages(author, selection)).ids).toContain(post.id);
  });
});

describe('feed entries written before they carried tags', () => {
  it('are listed by their post until the backfill copies the tags onto them, which the weekly digest job runs first', async () => {
    const { post } = dataOf<{ post: FeedPost }>(
      await api.call('network.create', { requestId: newRequestId(), content: updateContent({ title: 'Vanha merkintä', tags: ['ikaihmiset'] }) }, { token: author }),
    );
    const key = indexEntryKeyOf(post.id, feedIndexPartition.all());
    await api.client.send(new UpdateCommand({ TableName: api.tableName, Key: key, UpdateExpression: 'REMOVE tags, #region, kind', ExpressionAttributeNames: { '#region': 'region' } }));
    const member = await memberFollowing('vanhan-lukija', { followedTags: [], followedRegions: [] });
    expect((await allPages(member, { tags: ['ikaihmiset', 'diabetes'] })).ids).toContain(post.id);
    expect((await allPages(member, { tags: ['liikunta', 'diabetes'] })).ids).not.toContain(post.id);
    const digestJob = createNetworkDigestHandler({ tables: api.tables });
    expect(await digestJob({ time: new Date().toISOString() } as ScheduledEvent, lambdaContext(60_000))).toMatchObject({ feedEntriesFilled: 1 });
    expect(await api.tables.platform.get(key, indexEntryItemSchema)).toMatchObject({ tags: ['ikaihmiset'], region: 'lappi', kind: 'update' });
    expect(await backfillFeedDescriptors(api.tables.platform)).toBe(0);
  });
});
