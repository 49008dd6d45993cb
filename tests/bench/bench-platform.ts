import { createDocumentClient, createTableAccess, defaultTableName, type DynamoDBDocumentClient, ensureTable, type TableAccess } from '@linkki/db';
import { buildApiDependencies, createApiHandler, loadConfig } from '@linkki/functions';
import { createDevIssuer, createLocalAccountDirectory, createLocalExportStore, type DevIssuer, type DynamoDbLocal, seedDemoData, startDynamoDbLocal } from '@linkki/local';
import type { ApiDependencies } from '@linkki/api';
import { attachRequestMeter, type RequestMeter } from './request-meter';

export interface BenchPlatform {
  dynamo: DynamoDbLocal;
  client: DynamoDBDocumentClient;
  tables: TableAccess;
  meter: RequestMeter;
  issuer: DevIssuer;
  deps: ApiDependencies;
  handler: ReturnType<typeof createApiHandler>;
}

/** DynamoDB Local in memory with the table and demo data, and the real handler on a metered client. */
export const startBenchPlatform = async (): Promise<BenchPlatform> => {
  const dynamo = await startDynamoDbLocal({ dataDir: null });
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  await ensureTable(client, defaultTableName);
  const tables = createTableAccess({ tableName: defaultTableName, platformClient: client });
  await seedDemoData(tables);
  const meter = attachRequestMeter(client);
  const issuer = await createDevIssuer({ issuer: 'https://bench.test/issuer', keyFile: null });
  const config = loadConfig({
    TABLE_NAME: defaultTableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    AUTH_JWKS_URL: 'https://bench.test/issuer/jwks.json',
  });
  const deps = buildApiDependencies(config, {
    keys: issuer.keys,
    client,
    accounts: createLocalAccountDirectory({ file: null }),
    exports: createLocalExportStore({ dir: null, baseUrl: () => 'http://localhost' }),
  });
  return { dynamo, client, tables, meter, issuer, deps, handler: createApiHandler({ deps, maxBatchSize: 10 }) };
};

/** Runs `task` over `items` with at most `limit` in flight. */
export const inPool = async <T>(items: readonly T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        if (item !== undefined) await task(item);
      }
    }),
  );
};
