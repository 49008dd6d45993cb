import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { defaultTableName, userKeyOf } from '@linkki/db';
import type { Role } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import type { BenchPlatform } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

const tenant = 'keski-pohjanmaa';
const callsCounted = 50;

/** Which DynamoDB commands a stretch of calls sent, by name: proves a listing is a Query and never a Scan. */
const attachCommandLog = (client: BenchPlatform['client']) => {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String((context as { commandName?: string }).commandName ?? 'unknown');
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'referralsBenchCommandLog' },
  );
  return { counts, reset: () => counts.clear() };
};

/**
 * Opening a referral with its whole history, and listing a link worker's caseload, through the
 * real handler on the seeded demo county: requests per call, command mix, latency against GetItem.
 */
export const benchReferrals = async ({ client, meter, issuer, handler }: BenchPlatform): Promise<void> => {
  const commands = attachCommandLog(client);
  const tokenOf = (userId: string, role: Role) => issuer.issue({ userId, tenantId: tenant, roles: [role] });
  const caller = async (path: string, input: unknown, userId: string, role: Role) => {
    const headers = { 'x-tenant': tenant, authorization: `Bearer ${await tokenOf(userId, role)}` };
    const body = JSON.stringify({ 0: input });
    return async () => {
      const result = await handler(apiGatewayEvent(`/trpc/${path}`, { headers, body, query: 'batch=1' }), lambdaContext());
      if (result.statusCode !== 200) throw new Error(`${path} answered ${result.statusCode}: ${result.body}`);
      return (JSON.parse(result.body ?? '[]') as { result: { data: unknown } }[])[0]?.result.data;
    };
  };
  const completed = (await (await caller('referrals.list', { state: 'completed' }, 'demo-coordinator', 'coordinator'))()) as { items: { id: string }[] };
  const referralId = completed.items[0]?.id;
  if (!referralId) throw new Error('The demo seed has no completed referral to open');

  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: userKeyOf(tenant, 'demo-nurse') }))));
  const cases = [
    { name: 'referrals.byId (completed, with history)', call: await caller('referrals.byId', { id: referralId }, 'demo-nurse', 'professional') },
    { name: 'referrals.list (link worker caseload)', call: await caller('referrals.list', {}, 'demo-linkworker', 'linkWorker') },
  ];
  console.log(`\nReferrals (${tenant} demo seed)  baseline GetItem p50 ${fixed(baseline.p50)} ms  p95 ${fixed(baseline.p95)} ms`);
  console.log('case                                         p50 ms   p95 ms   p50/GetItem   DynamoDB requests/call   commands');
  for (const { name, call } of cases) {
    const latency = latencyOf(await measure(call, { warmup: 20, iterations: 200 }));
    meter.reset();
    commands.reset();
    for (let index = 0; index < callsCounted; index += 1) await call();
    const mix = [...commands.counts].map(([command, count]) => `${command.replace('Command', '')}×${fixed(count / callsCounted, 0)}`).join(' ');
    console.log(
      `${name.padEnd(44)} ${fixed(latency.p50).padStart(6)}   ${fixed(latency.p95).padStart(6)}   ${fixed(latency.p50 / baseline.p50).padStart(10)}x   ${fixed(meter.requests / callsCounted).padStart(22)}   ${mix}`,
    );
    if ([...commands.counts.keys()].some((command) => command.startsWith('Scan'))) throw new Error(`${name} scanned the table`);
  }
  console.log('Opening a referral: one Query of its partition (referral, history, contacts, measures) and one audit write.');
};
