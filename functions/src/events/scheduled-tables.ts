import { createDocumentClient, createTableAccess, type TableAccess } from '@linkki/db';
import * as z from 'zod';
import { createTenantScopedClientFactory } from '../tenant-scoped-client';

/** What a scheduled function needs to reach the table; `APP_URL` only where it writes links. */
export const scheduledConfigSchema = z.object({
  TABLE_NAME: z.string().min(3),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** DynamoDB Local's URL; absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Set where county items are reached through tenant-scoped sessions; absent, IAM confines the function's own role. */
  TENANT_ROLE_ARN: z.string().startsWith('arn:').optional(),
  APP_URL: z.url().default('http://localhost:3000'),
  /** The bucket of export archives; only where a job writes them. */
  EXPORT_BUCKET: z.string().min(3).optional(),
  /** The bucket of counties' search snapshots; only where a job writes them. */
  SEARCH_SNAPSHOT_BUCKET: z.string().min(3).optional(),
});
export type ScheduledConfig = z.infer<typeof scheduledConfigSchema>;

export const tablesFromConfig = (config: ScheduledConfig): TableAccess =>
  createTableAccess({
    tableName: config.TABLE_NAME,
    platformClient: createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION }),
    ...(config.TENANT_ROLE_ARN ? { tenantClient: createTenantScopedClientFactory({ roleArn: config.TENANT_ROLE_ARN, region: config.AWS_REGION }) } : {}),
  });
