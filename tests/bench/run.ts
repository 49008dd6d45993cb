import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { appRouter } from '@linkki/api';
import { createDocumentClient, createTableAccess, defaultTableName, ensureTable, userKeyOf } from '@linkki/db';
import { type Role, roles } from '@linkki/domain';
import { buildApiDependencies, createApiHandler, loadConfig } from '@linkki/functions';
import { createDevIssuer, lambdaContext, seedDemoData, startDynamoDbLocal } from '@linkki/local';
import { apiGatewayEvent } from '../helpers/api-harness';
import { type Access, authorizationMatrix } from '../isolation/authorization-matrix';
import { attachRequestMeter } from './request-meter';
import { fixed, latencyOf, measure } from './stats';

const tenant = 'pohjois-savo';

/** A role that may call a procedure with this access, or null for an anonymous resident. */
const callerFor = (access: Access): Role | null => (typeof access === 'string' ? (access === 'signedIn' ? roles[0] : null) : (access[0] ?? null));

const main = async () => {
  const dynamo = await startDynamoDbLocal({ dataDir: null });
  try {
    const client = createDocumentClient({ endpoint: dynamo.endpoint });
    await ensureTable(client, defaultTableName);
    await seedDemoData(createTableAccess({ tableName: defaultTableName, platformClient: client }));
    const meter = attachRequestMeter(client);
    const issuer = await createDevIssuer({ issuer: 'https://bench.test/issuer', keyFile: null });
    const config = loadConfig({ TABLE_NAME: defaultTableName, DYNAMODB_ENDPOINT: dynamo.endpoint, AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_JWKS_URL: 'https://bench.test/issuer/jwks.json' });
    const handler = createApiHandler({ deps: buildApiDependencies(config, { keys: issuer.keys, client }), maxBatchSize: 10 });

    const baselineKey = userKeyOf(tenant, 'demo-nurse');
    const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: baselineKey }))));
    console.log(`\nBaseline: bare GetItem on DynamoDB Local  p50 ${fixed(baseline.p50)} ms  p95 ${fixed(baseline.p95)} ms\n`);
    console.log('procedure            caller            p50 ms   p95 ms   p50/GetItem   DynamoDB requests/call   capacity units/call');

    const procedures = Object.keys(appRouter._def.procedures).sort();
    for (const path of procedures) {
      const row = authorizationMatrix[path];
      if (!row) throw new Error(`No authorization-matrix row for ${path}`);
      const role = callerFor(row.access);
      const token = role ? await issuer.issue({ userId: 'demo-nurse', tenantId: tenant, roles: [role] }) : null;
      const headers: Record<string, string> = { 'x-tenant': tenant, ...(token ? { authorization: `Bearer ${token}` } : {}) };
      const body = JSON.stringify(row.input === undefined ? {} : { 0: row.input });
      const call = async () => {
        const result = await handler(apiGatewayEvent(`/trpc/${path}`, { headers, body, query: 'batch=1' }), lambdaContext());
        if (result.statusCode !== 200) throw new Error(`${path} answered ${result.statusCode}: ${result.body}`);
      };
      const latency = latencyOf(await measure(call));
      meter.reset();
      const perCall = 50;
      for (let index = 0; index < perCall; index += 1) await call();
      console.log(
        `${path.padEnd(20)} ${(role ?? 'resident').padEnd(17)} ${fixed(latency.p50).padStart(6)}   ${fixed(latency.p95).padStart(6)}   ${fixed(latency.p50 / baseline.p50).padStart(11)}x   ${fixed(meter.requests / perCall).padStart(22)}   ${fixed(meter.capacityUnits / perCall).padStart(19)}`,
      );
    }
    console.log('\nLatency is measured through the real Lambda handler (API Gateway event in, JSON out), warm, one call at a time.');
  } finally {
    await dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
