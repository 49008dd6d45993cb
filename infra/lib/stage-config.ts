import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { pattern, problemsOf } from './config-schema';
import { type CountyIdentityProviderConfig, countyIdentityProvidersSchema } from './county-identity-config';

/** Everything that differs between deployments of the platform; validated once, before any construct. */
export interface StageConfig {
  /** Short slug used in stack and resource names: `dev`, `prod`. */
  readonly stage: string;
  /** Omitted for an account-agnostic synth (offline, CI). */
  readonly account?: string;
  readonly region: string;
  /**
   * Start of the Cognito hosted sign-in domain `<prefix>-<suffix>.auth.<region>.amazoncognito.com`.
   * Domains are global per region, so the stack appends a suffix of its own id (unique per
   * account, region and stack); the prefix may be at most {@link maxAuthDomainPrefixLength} characters.
   */
  readonly authDomainPrefix: string;
  /** Where alarms are mailed; without it the topic has no subscriber yet. */
  readonly alarmEmail?: string;
  readonly logRetention: RetentionDays;
  /** A custom domain for the web app; its certificate must live in us-east-1 (CloudFront's rule). */
  readonly webDomain?: { readonly domainName: string; readonly certificateArn: string };
  /** Steady-state requests per second and burst for the whole HTTP API stage. */
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /**
   * The sender of notification emails. Its domain must be a verified SES identity in the stage's
   * region; the outbox sender may send as this address only.
   */
  readonly notificationFromAddress: string;
  /** Counties whose staff sign in with the county's own identity service, federated into the user pool. */
  readonly countyIdentityProviders?: readonly CountyIdentityProviderConfig[];
}

/**
 * The suffix the stack adds to the sign-in domain prefix: `-` and the first group of its stack
 * id's UUID, 8 hexadecimal digits. Cognito allows 63 characters in all.
 */
export const authDomainSuffixLength = 9;
export const maxAuthDomainPrefixLength = 63 - authDomainSuffixLength;

/** The deployments this repository knows; pick one with `cdk synth -c stage=<name>`. */
export const stages: Record<string, unknown> = {
  dev: {
    stage: 'dev',
    region: 'eu-north-1',
    authDomainPrefix: 'linkki-dev',
    logRetention: RetentionDays.ONE_MONTH,
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    notificationFromAddress: 'linkki@dev.linkki.example.fi',
  },
  prod: {
    stage: 'prod',
    region: 'eu-north-1',
    authDomainPrefix: 'linkki',
    logRetention: RetentionDays.ONE_YEAR,
    apiThrottle: { rateLimit: 200, burstLimit: 400 },
    notificationFromAddress: 'linkki@linkki.example.fi',
  },
};

const positiveInteger = z.number({ error: 'must be a positive integer' }).refine((value) => Number.isInteger(value) && value > 0, 'must be a positive integer');

/** A sender address whose domain can be an SES identity: a plain local part and a lower-case domain. */
const senderAddress = pattern(/^[A-Za-z0-9._%+-]+@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'an email address with a lower-case domain, e.g. linkki@example.fi');

const retentionPeriods: unknown[] = Object.values(RetentionDays).filter((days) => typeof days === 'number');

const retentionDays = z.custom<RetentionDays>((value) => retentionPeriods.includes(value), { error: 'must be a CloudWatch Logs retention period in days' });

/** Cognito refuses domain prefixes that contain these words; the stack's suffix must still fit after it. */
const cognitoDomainPrefix = pattern(
  new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${maxAuthDomainPrefixLength - 2}}[a-z0-9])?$`),
  `lower-case letters, digits and hyphens, at most ${maxAuthDomainPrefixLength} characters`,
).refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'must not contain "aws", "amazon" or "cognito"');

const stageConfigSchema = z.strictObject(
  {
    stage: pattern(/^[a-z][a-z0-9-]{1,15}$/, 'a lower-case slug of 2–16 characters'),
    account: pattern(/^\d{12}$/, 'a 12-digit AWS account id').optional(),
    region: pattern(/^[a-z]{2}(?:-[a-z]+)+-\d$/, 'an AWS region such as eu-north-1'),
    authDomainPrefix: cognitoDomainPrefix,
    alarmEmail: pattern(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'an email address').optional(),
    logRetention: retentionDays,
    webDomain: z
      .strictObject(
        {
          domainName: pattern(/^(?=.{1,253}$)(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'a lower-case domain name'),
          certificateArn: pattern(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, 'an ACM certificate ARN in us-east-1'),
        },
        { error: 'must be an object' },
      )
      .optional(),
    apiThrottle: z.strictObject({ rateLimit: positiveInteger, burstLimit: positiveInteger }, { error: 'must be an object' }),
    notificationFromAddress: senderAddress,
    countyIdentityProviders: countyIdentityProvidersSchema.optional(),
  },
  { error: 'must be an object' },
) satisfies z.ZodType<StageConfig>;

/** Parses a stage configuration and names every bad key at once, rather than failing on the first. */
export const parseStageConfig = (raw: unknown): StageConfig => {
  const parsed = stageConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error, (path) => (path.length === 0 ? 'is not a stage setting' : 'is not a known setting'));
  throw new Error(`Invalid stage configuration: ${problems.join('; ')}`);
};

/**
 * The named stage with deployment-time details merged in: the account the CLI resolved
 * (`CDK_DEFAULT_ACCOUNT`) and an optional alarm address.
 */
export const loadStageConfig = (name: string, overrides: { account?: string; alarmEmail?: string } = {}): StageConfig => {
  const base = stages[name];
  if (typeof base !== 'object' || base === null) throw new Error(`Unknown stage "${name}"; known stages: ${Object.keys(stages).join(', ')}`);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined && value !== ''));
  return parseStageConfig({ ...base, ...defined });
};
