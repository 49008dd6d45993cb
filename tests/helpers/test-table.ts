import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, type BatchWriteCommandInput, type BatchWriteCommandOutput, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createTableAccess, type DynamoDBDocumentClient, ensureTable, type TableAccess } from '@linkki/db';
import { seedDemoData } from '@linkki/local';
import { inject } from 'vitest';

/** The demo data a test table starts from: seeded once per run, copied into each test file's table. */
export interface SeedTemplates {
  /** Tenants, users, catalogs, referrals, network and pathways. */
  full: string;
  /** The same without the demo catalogs (and the referrals that point into them). */
  withoutCatalogs: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local's URL, from the integration project's global setup. */
    dynamoEndpoint: string;
    seedTemplates: SeedTemplates;
  }
}

export interface TestTable {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  tables: TableAccess;
}

/** Seeds the two template tables; the run's global setup calls it once. */
export const createSeedTemplates = async (endpoint: string): Promise<SeedTemplates> => {
  const client = createDocumentClient({ endpoint });
  const seeded = async (catalogs: boolean): Promise<string> => {
    const tableName = `template-${catalogs ? 'full' : 'without-catalogs'}-${randomUUID()}`;
    await ensureTable(client, tableName);
    await seedDemoData(createTableAccess({ tableName, platformClient: client }), { catalogs });
    return tableName;
  };
  const [full, withoutCatalogs] = await Promise.all([seeded(true), seeded(false)]);
  return { full, withoutCatalogs };
};

const batchSize = 25;

const writeAll = async (client: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]): Promise<void> => {
  for (let start = 0; start < items.length; start += batchSize) {
    let request: BatchWriteCommandInput['RequestItems'] = {
      [tableName]: items.slice(start, start + batchSize).map((Item) => ({ PutRequest: { Item } })),
    };
    while (request && Object.keys(request).length > 0) {
      const result: BatchWriteCommandOutput = await client.send(new BatchWriteCommand({ RequestItems: request }));
      request = result.UnprocessedItems;
    }
  }
};

/** Every item of one table, written unchanged into another: much faster than seeding through the repositories. */
const copyTable = async (client: DynamoDBDocumentClient, from: string, to: string): Promise<void> => {
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: from, ExclusiveStartKey }));
    await writeAll(client, to, page.Items ?? []);
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
};

/** A fresh table on the run's DynamoDB Local, holding the demo tenants, users and catalogs unless told not to. */
export const createTestTable = async ({ seed = true, catalogs = true }: { seed?: boolean; catalogs?: boolean } = {}): Promise<TestTable> => {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `test-${randomUUID()}`;
  const client = createDocumentClient({ endpoint });
  await ensureTable(client, tableName);
  const tables = createTableAccess({ tableName, platformClient: client });
  if (seed) {
    const templates = inject('seedTemplates');
    await copyTable(client, catalogs ? templates.full : templates.withoutCatalogs, tableName);
  }
  return { endpoint, tableName, client, tables };
};
