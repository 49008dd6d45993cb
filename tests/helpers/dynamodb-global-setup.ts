import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '@linkki/local';
import { createSeedTemplates } from './test-table';

/**
 * One in-memory DynamoDB Local for the whole integration run. The demo data is seeded once into
 * template tables; each test file gets its own table copied from one of them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamo = await startDynamoDbLocal({ dataDir: null });
  try {
    project.provide('dynamoEndpoint', dynamo.endpoint);
    project.provide('seedTemplates', await createSeedTemplates(dynamo.endpoint));
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  return () => dynamo.stop();
}
