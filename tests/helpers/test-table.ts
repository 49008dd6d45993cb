import { randomUUID } from 'node:crypto';
import { createDocumentClient, createTableAccess, type DynamoDBDocumentClient, ensureTable, type TableAccess } from '@linkki/db';
import { seedDemoData } from '@linkki/local';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local's URL, from the integration project's global setup. */
    dynamoEndpoint: string;
  }
}

export interface TestTable {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  tables: TableAccess;
}

/** A fresh table on the run's DynamoDB Local, seeded with the demo tenants, users and catalogs unless told not to. */
export const createTestTable = async ({ seed = true, catalogs = true }: { seed?: boolean; catalogs?: boolean } = {}): Promise<TestTable> => {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `test-${randomUUID()}`;
  const client = createDocumentClient({ endpoint });
  await ensureTable(client, tableName);
  const tables = createTableAccess({ tableName, platformClient: client });
  if (seed) await seedDemoData(tables, { catalogs });
  return { endpoint, tableName, client, tables };
};
