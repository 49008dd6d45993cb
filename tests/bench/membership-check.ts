import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createMembershipCheck, membershipCacheMs, type MembershipCheck } from '@linkki/api';
import { defaultTableName, userKeyOf } from '@linkki/db';
import type { Identity } from '@linkki/domain';
import { createApiHandler } from '@linkki/functions';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import type { BenchPlatform } from './bench-platform';
import { fixed, type Latency, latencyOf, measure } from './stats';

/** A seeded demo member: the check must find an active membership, or it measures a refusal. */
const member: Identity = { userId: 'demo-nurse', tenantId: 'lappi', roles: ['professional'] };
const callsCounted = 50;
const sampling = { warmup: 20, iterations: 300 };

/** A clock that moves past the cache's lifetime every time it is read: every check is a miss. */
const pastTheCache = (): (() => number) => {
  let time = 0;
  return () => (time += membershipCacheMs + 1);
};

const checkOnce = (check: MembershipCheck) => async () => {
  const identity = await check(member);
  if (!identity) throw new Error(`${member.userId} is no active ${member.roles.join(', ')} in ${member.tenantId}: seed the demo data`);
};

/** `me` as the web client sends it, through `handler`, failing loudly on anything but the caller's own answer. */
const callMe = (handler: BenchPlatform['handler'], token: string) => async () => {
  const headers = { 'x-tenant': member.tenantId ?? '', authorization: `Bearer ${token}` };
  const result = await handler(apiGatewayEvent('/trpc/me', { headers, body: '{}', query: 'batch=1' }), lambdaContext());
  const data = (JSON.parse(result.body ?? '[]') as { result?: { data?: { user?: { id?: string } } } }[])[0]?.result?.data;
  if (result.statusCode !== 200 || data?.user?.id !== member.userId) throw new Error(`me answered ${result.statusCode}: ${result.body?.slice(0, 300)}`);
};

/**
 * What the membership check adds to every signed-in call: the check alone on a cache miss (one
 * GetItem) and a hit (none), and `me` through the real handler with the container's cache warm and
 * with a cache that always misses, against a bare GetItem of the same item in the same run.
 */
export const benchMembershipCheck = async ({ client, tables, meter, issuer, deps, handler }: BenchPlatform): Promise<void> => {
  const token = await issuer.issue(member);
  // As `buildApiDependencies(config, { clock })` builds it: only the membership cache's clock differs.
  const coldHandler = createApiHandler({ deps: { ...deps, checkMembership: createMembershipCheck(tables, { now: pastTheCache() }) }, maxBatchSize: 10 });
  const cases: { name: string; call: () => Promise<void> }[] = [
    { name: 'check alone, cache miss', call: checkOnce(createMembershipCheck(tables, { now: pastTheCache() })) },
    { name: 'check alone, cache hit', call: checkOnce(createMembershipCheck(tables)) },
    { name: 'me via handler, warm cache', call: callMe(handler, token) },
    { name: 'me via handler, cache always misses', call: callMe(coldHandler, token) },
  ];

  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: userKeyOf(member.tenantId, member.userId) })), sampling));
  console.log(`\nMembership check (${member.userId} in ${member.tenantId}, cache ${membershipCacheMs / 1000} s)  baseline GetItem p50 ${fixed(baseline.p50, 3)} ms  p95 ${fixed(baseline.p95, 3)} ms`);
  console.log('case                                   p50 ms    p95 ms   p50/GetItem   DynamoDB requests/call');
  const results = new Map<string, Latency>();
  for (const { name, call } of cases) {
    const latency = latencyOf(await measure(call, sampling));
    results.set(name, latency);
    meter.reset();
    for (let index = 0; index < callsCounted; index += 1) await call();
    console.log(
      `${name.padEnd(37)} ${fixed(latency.p50, 3).padStart(7)}   ${fixed(latency.p95, 3).padStart(7)}   ${fixed(latency.p50 / baseline.p50).padStart(10)}x   ${fixed(meter.requests / callsCounted).padStart(22)}`,
    );
  }
  const warm = results.get('me via handler, warm cache');
  const cold = results.get('me via handler, cache always misses');
  if (warm && cold) {
    console.log(
      `A miss adds p50 ${fixed(cold.p50 - warm.p50, 3)} ms (${fixed((cold.p50 - warm.p50) / baseline.p50)}x GetItem) and one GetItem to a call; a container misses at most once per person per ${membershipCacheMs / 1000} s.`,
    );
  }
};
