import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type Check, isRecord, matches, optional } from './config-checks';
import { type CountyIdentityProviderConfig, countyIdentityProviderProblems } from './county-identity-config';

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

const positiveInteger: Check = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? undefined : 'must be a positive integer');

/** A sender address whose domain can be an SES identity: a plain local part and a lower-case domain. */
const senderAddress = matches(/^[A-Za-z0-9._%+-]+@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'an email address with a lower-case domain, e.g. linkki@example.fi');

const retentionPeriods = Object.values(RetentionDays).filter((days) => typeof days === 'number');

const retentionDays: Check = (value) => (retentionPeriods.includes(value as RetentionDays) ? undefined : 'must be a CloudWatch Logs retention period in days');

/** Cognito refuses domain prefixes that contain these words; the stack's suffix must still fit after it. */
const cognitoDomainPrefix: Check = (value) =>
  matches(new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${maxAuthDomainPrefixLength - 2}}[a-z0-9])?$`), `lower-case letters, digits and hyphens, at most ${maxAuthDomainPrefixLength} characters`)(value) ??
  (/aws|amazon|cognito/.test(value as string) ? 'must not contain "aws", "amazon" or "cognito"' : undefined);

const checks: Record<string, Check> = {
  stage: matches(/^[a-z][a-z0-9-]{1,15}$/, 'a lower-case slug of 2–16 characters'),
  account: optional(matches(/^\d{12}$/, 'a 12-digit AWS account id')),
  region: matches(/^[a-z]{2}(?:-[a-z]+)+-\d$/, 'an AWS region such as eu-north-1'),
  authDomainPrefix: cognitoDomainPrefix,
  alarmEmail: optional(matches(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'an email address')),
  logRetention: retentionDays,
  'webDomain.domainName': matches(/^(?=.{1,253}$)(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'a lower-case domain name'),
  'webDomain.certificateArn': matches(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, 'an ACM certificate ARN in us-east-1'),
  'apiThrottle.rateLimit': positiveInteger,
  'apiThrottle.burstLimit': positiveInteger,
  notificationFromAddress: senderAddress,
};

/** Settings that are lists: their checks name each bad entry and key. */
const listChecks: Record<string, (value: unknown) => string[]> = {
  countyIdentityProviders: countyIdentityProviderProblems,
};

const knownKeys = new Set([...Object.keys(checks).map((path) => path.split('.')[0]), ...Object.keys(listChecks)]);

const valueAt = (raw: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], raw);

/** Parses a stage configuration and names every bad key at once, rather than failing on the first. */
export const parseStageConfig = (raw: unknown): StageConfig => {
  if (!isRecord(raw)) throw new Error('Invalid stage configuration: must be an object');
  const problems = Object.entries(checks).flatMap(([path, check]) => {
    if (path.startsWith('webDomain.') && raw.webDomain === undefined) return [];
    const problem = check(valueAt(raw, path));
    return problem ? [`${path}: ${problem}`] : [];
  });
  problems.push(...Object.entries(listChecks).flatMap(([key, check]) => check(raw[key])));
  const unknownKeys = Object.keys(raw).filter((key) => !knownKeys.has(key));
  problems.push(...unknownKeys.map((key) => `${key}: is not a stage setting`));
  if (problems.length > 0) throw new Error(`Invalid stage configuration: ${problems.join('; ')}`);
  return raw as unknown as StageConfig;
};

/**
 * The named stage with deployment-time details merged in: the account the CLI resolved
 * (`CDK_DEFAULT_ACCOUNT`) and an optional alarm address.
 */
export const loadStageConfig = (name: string, overrides: { account?: string; alarmEmail?: string } = {}): StageConfig => {
  const base = stages[name];
  if (!isRecord(base)) throw new Error(`Unknown stage "${name}"; known stages: ${Object.keys(stages).join(', ')}`);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined && value !== ''));
  return parseStageConfig({ ...base, ...defined });
};
