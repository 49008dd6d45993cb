import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DocumentClientOptions {
  /** DynamoDB Local's URL; omitted in AWS. */
  endpoint?: string | undefined;
  region?: string | undefined;
  credentials?: DynamoDBClientConfig['credentials'];
  /** Attempts per request, retries with backoff included; 3 unless told. */
  maxAttempts?: number | undefined;
}

/** Fixed credentials for DynamoDB Local, which accepts any; never used against AWS. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export const createDocumentClient = (options: DocumentClientOptions = {}): DynamoDBDocumentClient => {
  const client = new DynamoDBClient({
    region: options.region ?? 'eu-north-1',
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: options.credentials ?? localCredentials } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts ?? 3,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
};
export type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
