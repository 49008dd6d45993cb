import { randomBytes } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ApiConfig } from '../config';

/** Reads the generated key from Secrets Manager; the hasher calls it once per container. */
const secretReader =
  ({ secretId, region }: { secretId: string; region: string }) =>
  async (): Promise<string> => {
    const client = new SecretsManagerClient({ region });
    try {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      if (!SecretString || SecretString.length < 32) throw new Error('The address hash secret is empty or too short');
      return SecretString;
    } finally {
      client.destroy();
    }
  };

/**
 * Where the key of the address hash comes from: the configured key, the stack's secret, or, only
 * beside DynamoDB Local (tools and tests that name no key), a random key for this process. A
 * deployed function without either fails at load rather than hash with a guessable key.
 */
export const addressHashKeyOf = (config: ApiConfig): string | (() => Promise<string>) => {
  if (config.ADDRESS_HASH_KEY) return config.ADDRESS_HASH_KEY;
  if (config.ADDRESS_HASH_SECRET_ARN) return secretReader({ secretId: config.ADDRESS_HASH_SECRET_ARN, region: config.AWS_REGION });
  if (config.DYNAMODB_ENDPOINT) return randomBytes(32).toString('base64url');
  throw new Error('Invalid configuration: ADDRESS_HASH_SECRET_ARN: is required where no ADDRESS_HASH_KEY is given');
};
