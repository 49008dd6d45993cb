import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createNetworkMemberRepository, createNetworkPostRepository, defaultTableName, type TableAccess, userKeyOf } from '@linkki/db';
import { type Identity, nationalRegion, networkTagIds, type NetworkSettings, type PostContent, wellbeingCounties } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import { grantMembership } from '../helpers/memberships';
import { type BenchPlatform, inPool } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

const postCount = Number(process.env.BENCH_NETWORK_POSTS ?? 2_000);
const regions = [nationalRegion, ...wellbeingCounties.map((county) => county.slug)];
const pageSize = 20;

/** What a member follows in each row: 1 tag, 5 tags, and 5 tags with 15 regions (a member may follow at most 12 tags). */
const followings: { label: string; settings: NetworkSettings }[] = [
  { label: '1 follow', settings: { followedTags: networkTagIds.slice(0, 1), followedRegions: [], weeklyDigest: false } },
  { label: '5 follows', settings: { followedTags: networkTagIds.slice(0, 5), followedRegions: [], weeklyDigest: false } },
  { label: '20 follows', settings: { followedTags: networkTagIds.slice(0, 5), followedRegions: regions.slice(0, 15), weeklyDigest: false } },
];

const tagsOf = (index: number): PostContent['tags'] => [...new Set([networkTagIds[index % networkTagIds.length]!, networkTagIds[(index * 7 + 3) % networkTagIds.length]!])];

/** Posts spread over all tags (two each) and all regions, a minute apart, as members would have written them. */
const loadPosts = async (tables: TableAccess) => {
  const posts = createNetworkPostRepository(tables.platform);
  const start = Date.now() - postCount * 60_000;
  await inPool([...Array(postCount).keys()], 8, (index) => {
    const region = regions[index % regions.length]!;
    const content: PostContent = { kind: 'update', title: `Kuulumisia ${index}`, body: 'Kehittämistyön kuulumisia alueelta.', tags: tagsOf(index) };
    const author = { userId: 'demo-developer', displayName: 'Kehittäjä', region, regionName: region };
    return posts.create({ id: index.toString(16).padStart(20, '0'), content, author, coAuthors: [] }, new Date(start + index * 60_000).toISOString());
  });
};

/** Requests and capacity units of one operation, read from the metered client. */
const metered = async ({ meter }: BenchPlatform, operation: () => Promise<unknown>) => {
  meter.reset();
  await operation();
  return { requests: meter.requests, units: meter.capacityUnits };
};

/** Items in the transactions sent while `operation` runs, counted from the requests themselves. */
const transactionItems = async ({ client }: BenchPlatform, operation: () => Promise<unknown>): Promise<number> => {
  let items = 0;
  const name = 'linkkiBenchTransactionItems';
  client.middlewareStack.add(
    (next) => async (args) => {
      items += (args.input as { TransactItems?: unknown[] }).TransactItems?.length ?? 0;
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await operation();
  } finally {
    client.middlewareStack.remove(name);
  }
  return items;
};

/**
 * The cost of writing one post with 1 and with 6 tags (the most a post may have): the repository's
 * write alone. DynamoDB Local's figure for a transaction is not AWS's, so the AWS price is worked out
 * too: 2 write units per item of up to 1 KB in a transaction, and 1 per index entry copied into gsi1
 * (every item but the post and its counters).
 */
const benchPostWrite = async (platform: BenchPlatform) => {
  const posts = createNetworkPostRepository(platform.tables.platform);
  for (const tagCount of [1, 6]) {
    const content: PostContent = { kind: 'update', title: 'Kirjoituskustannus', body: 'Yksi julkaisu.', tags: networkTagIds.slice(0, tagCount) };
    const author = { userId: 'demo-developer', displayName: 'Kehittäjä', region: 'lappi', regionName: 'Lappi' };
    const id = `f${tagCount.toString(16).padStart(19, '0')}`;
    let items = 0;
    const cost = await metered(platform, async () => {
      items = await transactionItems(platform, () => posts.create({ id, content, author, coAuthors: [] }, new Date().toISOString()));
    });
    console.log(
      `  write a post, ${tagCount} tag${tagCount > 1 ? 's' : ' '}     DynamoDB requests ${cost.requests}  items ${items}  write units ${fixed(cost.units, 1)} (DynamoDB Local), ${2 * items + (items - 2)} in AWS`,
    );
  }
};

/**
 * Feed pages of 20 for members following 1, 5 and 20 things: DynamoDB requests, capacity units and
 * latency against a bare GetItem, for the first page and a page from a cursor; then what a post costs to write.
 */
export const benchNetworkFeed = async (platform: BenchPlatform): Promise<void> => {
  const { client, tables, issuer, handler } = platform;
  await loadPosts(tables);
  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: userKeyOf('pohjois-savo', 'demo-nurse') }))));
  console.log(`\nNetwork feed: ${postCount} posts over ${networkTagIds.length} tags and ${regions.length} regions, pages of ${pageSize}; bare GetItem p50 ${fixed(baseline.p50)} ms`);
  for (const [row, { label, settings }] of followings.entries()) {
    const member = { region: 'pohjois-savo', userId: `bench-member-${row}` };
    await createNetworkMemberRepository(tables.platform).save(member, settings, 0);
    const identity: Identity = { userId: member.userId, tenantId: member.region, roles: ['networkMember'] };
    await grantMembership(tables, identity);
    const headers = { authorization: `Bearer ${await issuer.issue(identity)}` };
    const page = async (cursor?: string) => {
      const input = cursor ? { followed: true, cursor } : { followed: true };
      const result = await handler(apiGatewayEvent('/trpc/network.feed', { headers, body: JSON.stringify({ 0: input }), query: 'batch=1' }), lambdaContext());
      const data = (JSON.parse(result.body ?? '[]') as { result: { data: { items: unknown[]; nextCursor: string | null } } }[])[0]?.result.data;
      if (!data || data.items.length !== pageSize) throw new Error(`network.feed answered ${result.statusCode}: ${result.body?.slice(0, 300)}`);
      return data.nextCursor ?? undefined;
    };
    const second = await page();
    for (const [name, cursor] of [
      ['first page', undefined],
      ['next page (cursor)', second],
    ] as const) {
      const latency = latencyOf(await measure(() => page(cursor), { warmup: 10, iterations: 100 }));
      const cost = await metered(platform, () => page(cursor));
      console.log(
        `  ${label.padEnd(11)} ${name.padEnd(19)} DynamoDB requests ${cost.requests}  read units ${fixed(cost.units, 1).padStart(5)}  p50 ${fixed(latency.p50)} ms  p95 ${fixed(latency.p95)} ms  p50/GetItem ${fixed(latency.p50 / baseline.p50)}x`,
      );
    }
  }
  await benchPostWrite(platform);
};
