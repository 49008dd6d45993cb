import * as z from 'zod';

const configSchema = z.object({
  TABLE_NAME: z.string().min(3),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** DynamoDB Local's URL; absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  AUTH_ISSUER: z.url(),
  AUTH_AUDIENCE: z.string().min(1),
  AUTH_JWKS_URL: z.url(),
  /** The role whose sessions IAM confines to one tenant's keys; absent locally. */
  TENANT_ROLE_ARN: z.string().startsWith('arn:').optional(),
  /** The Cognito user pool where invited staff get their accounts; absent locally. */
  USER_POOL_ID: z
    .string()
    .regex(/^[\w-]+_[0-9a-zA-Z]+$/)
    .optional(),
  /** Counties (comma-separated slugs) whose staff sign in with their own identity service. */
  FEDERATED_COUNTIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((slug) => slug.trim())
        .filter(Boolean),
    ),
  /** The private bucket of counties' export archives; absent locally. */
  EXPORT_BUCKET: z.string().min(3).optional(),
  /** The private bucket of counties' search snapshots, which containers load instead of building; absent locally. */
  SEARCH_SNAPSHOT_BUCKET: z.string().min(3).optional(),
  /** The Secrets Manager secret whose value keys the hash of client addresses; the stack generates it. */
  ADDRESS_HASH_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** The key itself, where there is no Secrets Manager (the local platform keeps one in its data folder; tests name theirs). */
  ADDRESS_HASH_KEY: z.string().min(32).optional(),
  /** The web app's public URL, for links in notifications. */
  APP_URL: z.url().default('http://localhost:3000'),
  /**
   * The secret whose value CloudFront sends in `x-origin-verify`; absent locally, where no
   * CloudFront stands in front, and then the check is off. Every deployed stack sets it.
   */
  ORIGIN_VERIFY_SECRET_ARN: z.string().startsWith('arn:').optional(),
  MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(50).default(10),
});

export type ApiConfig = z.infer<typeof configSchema>;

/** Reads the environment once at load and names every bad key, rather than failing on first use. */
export const loadConfig = (environment: Record<string, string | undefined>): ApiConfig => {
  const result = configSchema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
};
