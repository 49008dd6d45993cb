import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DocumentClientOptions {
  /** DynamoDB Local's URL; omitted in AWS. */
  endpoint?: string | undefined;
  region?: string | undefined;
  credentials?: DynamoDBClientConfig['credentials'];
}

/** Fixed credentials for DynamoDB Local, which accepts any; never used against AWS. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export const createDocumentClient = (options: DocumentClientOptions = {}): DynamoDBDocumentClient => {
  const client = new DynamoDBClient({
    region: options.region ?? 'eu-north-1',
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: options.credentials ?? localCredentials } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
};
export type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
