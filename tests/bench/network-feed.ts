import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createNetworkMemberRepository, createNetworkPostRepository, defaultTableName, userKeyOf } from '@linkki/db';
import { type Identity, networkTagIds, type PostContent } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import { grantMembership } from '../helpers/memberships';
import { type BenchPlatform, inPool } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

const postCount = Number(process.env.BENCH_NETWORK_POSTS ?? 2_000);
const regions = ['keski-pohjanmaa', 'pohjois-savo', 'lappi'];
const followedTags = networkTagIds.slice(0, 5);

/** Posts spread over all tags (two each) and regions, a minute apart, as members would have written them. */
const loadPosts = async ({ tables }: BenchPlatform) => {
  const posts = createNetworkPostRepository(tables.platform);
  const start = Date.now() - postCount * 60_000;
  await inPool([...Array(postCount).keys()], 16, (index) => {
    const tags = [networkTagIds[index % networkTagIds.length]!, networkTagIds[(index * 7 + 3) % networkTagIds.length]!];
    const region = regions[index % regions.length]!;
    const content: PostContent = { kind: 'update', title: `Kuulumisia ${index}`, body: 'Kehittämistyön kuulumisia alueelta.', tags: [...new Set(tags)] };
    const author = { userId: 'demo-developer', displayName: 'Kehittäjä', region, regionName: region };
    return posts.create({ id: index.toString(16).padStart(20, '0'), content, author, coAuthors: [] }, new Date(start + index * 60_000).toISOString());
  });
};

/** A feed page of 20 for a member following 5 tags: its DynamoDB requests and latency against a bare GetItem. */
export const benchNetworkFeed = async (platform: BenchPlatform): Promise<void> => {
  const { client, tables, meter, issuer, handler } = platform;
  await loadPosts(platform);
  const member = { region: 'pohjois-savo', userId: 'bench-member' };
  await createNetworkMemberRepository(tables.platform).save(member, { followedTags: [...followedTags], followedRegions: [], weeklyDigest: false }, 0);
  const identity: Identity = { userId: member.userId, tenantId: member.region, roles: ['networkMember'] };
  await grantMembership(tables, identity);
  const token = await issuer.issue(identity);
  const headers = { authorization: `Bearer ${token}` };
  let cursor: string | null = null;
  const page = async (withCursor: boolean) => {
    const input = withCursor && cursor ? { followed: true, cursor } : { followed: true };
    const result = await handler(apiGatewayEvent('/trpc/network.feed', { headers, body: JSON.stringify({ 0: input }), query: 'batch=1' }), lambdaContext());
    const data = (JSON.parse(result.body ?? '[]') as { result: { data: { items: unknown[]; nextCursor: string | null } } }[])[0]?.result.data;
    if (!data || data.items.length !== 20) throw new Error(`network.feed answered ${result.statusCode}: ${result.body?.slice(0, 300)}`);
    if (!withCursor) cursor = data.nextCursor;
  };
  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: userKeyOf('pohjois-savo', 'demo-nurse') }))));
  console.log(`\nNetwork feed: ${postCount} posts over ${networkTagIds.length} tags, a member following ${followedTags.length} tags, pages of 20`);
  for (const [label, withCursor] of [
    ['first page', false],
    ['next page (cursor)', true],
  ] as const) {
    await page(false);
    const latency = latencyOf(await measure(() => page(withCursor), { warmup: 10, iterations: 200 }));
    meter.reset();
    await page(withCursor);
    const requests = meter.requests;
    console.log(
      `  ${label.padEnd(20)} p50 ${fixed(latency.p50)} ms  p95 ${fixed(latency.p95)} ms  p50/GetItem ${fixed(latency.p50 / baseline.p50)}x  DynamoDB requests ${requests} (1 GetItem settings + ${followedTags.length} Query + 1 BatchGetItem, plus the tenant lookup when not cached)`,
    );
  }
};
