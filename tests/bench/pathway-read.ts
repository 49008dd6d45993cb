import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createNationalPathwayStatsRepository, createPathwayLocalRepository, defaultTableName, userKeyOf } from '@linkki/db';
import { wellbeingCounties } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import { type BenchPlatform, inPool } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

const pathwayId = 'tyypin-2-diabetes';
const stages = ['diagnoosi', 'elintavat', 'arki', 'lisasairaudet', 'kuntoutus'];
const additionsPerCounty = 12;
const reader = 'pohjois-savo';

/** Local additions and counters of the demo pathway in `counties` other than the reader's, as busy counties would have them. */
const fillCounties = async ({ tables }: BenchPlatform, counties: readonly string[]) => {
  const national = createNationalPathwayStatsRepository(tables.platform);
  await inPool(counties, 4, async (tenantId) => {
    const local = createPathwayLocalRepository({ gateway: tables.tenant(tenantId), tenantId });
    for (let index = 0; index < additionsPerCounty; index += 1) {
      const stageId = stages[index % stages.length]!;
      await local.add({ id: `${tenantId.length.toString(16)}${index.toString(16)}`.padEnd(20, 'a').slice(0, 20), pathwayId, stageId, activityId: `bench-${tenantId}-${index}`, addedBy: 'bench' });
      await Promise.all([local.count(pathwayId, stageId, { views: 5, helpful: 1 }), national.count(pathwayId, tenantId, stageId, { views: 5, helpful: 1 })]);
    }
  });
};

/**
 * `pathways.byId` for one county's resident: the newest national version (GetItem), the county's
 * local additions (Query) and their listings (BatchGetItem). Measured with the three demo counties'
 * data, then again with twenty counties' data in the table: the request count must not move.
 */
export const benchPathwayRead = async (platform: BenchPlatform): Promise<void> => {
  const { client, meter, handler } = platform;
  const call = async () => {
    const result = await handler(apiGatewayEvent('/trpc/pathways.byId', { headers: { 'x-tenant': reader }, body: JSON.stringify({ 0: { pathwayId } }), query: 'batch=1' }), lambdaContext());
    if (result.statusCode !== 200) throw new Error(`pathways.byId answered ${result.statusCode}: ${result.body?.slice(0, 300)}`);
    return JSON.parse(result.body ?? '[]') as { result: { data: { stages: { localActivities: unknown[] }[] } } }[];
  };
  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: userKeyOf(reader, 'demo-nurse') }))));
  console.log(`\nPathway read (pathways.byId, ${reader}, a pathway of ${stages.length} stages with the county's local activities); GetItem baseline p50 ${fixed(baseline.p50)} ms`);
  const others = wellbeingCounties.map((county) => county.slug).filter((slug) => !['pohjois-savo', 'lappi', 'keski-pohjanmaa'].includes(slug));
  for (const [label, extra] of [
    ['3 counties', []],
    ['20 counties', others.slice(0, 17)],
  ] as const) {
    await fillCounties(platform, extra);
    await call();
    const latency = latencyOf(await measure(call, { warmup: 10, iterations: 200 }));
    meter.reset();
    const [answer] = await call();
    const local = answer?.result.data.stages.reduce((sum, stage) => sum + stage.localActivities.length, 0) ?? 0;
    console.log(
      `  ${label.padEnd(12)} p50 ${fixed(latency.p50)} ms  p95 ${fixed(latency.p95)} ms  p50/GetItem ${fixed(latency.p50 / baseline.p50)}x  DynamoDB requests ${meter.requests} (1 GetItem national version + 1 Query local additions + 1 BatchGetItem listings)  local activities shown ${local}`,
    );
  }
};
