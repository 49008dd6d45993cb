import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { createDocumentClient, type DynamoDBDocumentClient } from '@linkki/db';

/** The session tag that the tenant role's `dynamodb:LeadingKeys` condition reads. */
export const tenantSessionTag = 'tenant';

/**
 * A DynamoDB client whose credentials come from assuming the tenant role with the tenant as a
 * session tag, so IAM itself refuses any key outside `T#<tenantId>`. Credentials are minted here,
 * inside the function, and refreshed by the provider; nothing of them crosses a request.
 */
export const createTenantScopedClientFactory =
  ({ roleArn, region }: { roleArn: string; region: string }) =>
  (tenantId: string): DynamoDBDocumentClient =>
    createDocumentClient({
      region,
      credentials: fromTemporaryCredentials({
        params: {
          RoleArn: roleArn,
          RoleSessionName: `linkki-${tenantId}`.slice(0, 64),
          DurationSeconds: 900,
          Tags: [{ Key: tenantSessionTag, Value: tenantId }],
        },
        clientConfig: { region },
      }),
    });
