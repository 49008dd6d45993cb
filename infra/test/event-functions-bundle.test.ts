import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { CountyOffboarding } from '../lib/constructs/county-offboarding';
import { DataTable } from '../lib/constructs/data-table';
import { ExportBucket } from '../lib/constructs/export-bucket';
import { NetworkDigest } from '../lib/constructs/network-digest';
import { OutboxSender } from '../lib/constructs/outbox-sender';
import { PathwayFanOut } from '../lib/constructs/pathway-fanout';
import { PreTokenTrigger } from '../lib/constructs/pre-token-trigger';
import { ReferralsRetention } from '../lib/constructs/referrals-retention';
import { SearchSnapshots } from '../lib/constructs/search-snapshots';
import { TenantIsolation } from '../lib/constructs/tenant-isolation';
import { VerificationReminders } from '../lib/constructs/verification-reminders';
import { UsageDaily } from '../lib/constructs/usage-daily';
import { workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { runBundleInFreshNode, stagedCodeDir } from './helpers/bundle';

const paths = workspaceSourcePaths(fileURLToPath(new URL('../../', import.meta.url)));

interface JobUnderTest {
  readonly name: string;
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly create: (stack: Stack, data: DataTable) => { readonly function: IConstruct };
  /** For a stream consumer: a batch with nothing for it, which it must pass over without failures. */
  readonly ignoredRecord?: Record<string, unknown>;
  /** For a Cognito trigger: an event it must refuse before reaching the table, with the message Cognito passes on. */
  readonly refusedEvent?: { readonly event: Record<string, unknown>; readonly message: string };
}

const common = { projectRoot: paths.projectRoot, logRetention: RetentionDays.ONE_WEEK };

/** Each function off the request path, with the environment its construct gives it. */
const jobs: readonly JobUnderTest[] = [
  {
    name: 'the referral retention run',
    entry: paths.referralsRetentionEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-referrals-retention' },
    create: (stack, data) => new ReferralsRetention(stack, 'Job', { ...common, entry: paths.referralsRetentionEntry, data }),
  },
  {
    name: 'the weekly network digest',
    entry: paths.networkDigestEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-network-digest', APP_URL: 'https://linkki.example.org' },
    create: (stack, data) => new NetworkDigest(stack, 'Job', { ...common, entry: paths.networkDigestEntry, data, appUrl: 'https://linkki.example.org' }),
  },
  {
    name: 'the monthly verification reminders',
    entry: paths.verificationRemindersEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-verification-reminders', APP_URL: 'https://linkki.example.org' },
    create: (stack, data) => new VerificationReminders(stack, 'Job', { ...common, entry: paths.verificationRemindersEntry, data, appUrl: 'https://linkki.example.org' }),
  },
  {
    name: 'the daily usage per county',
    entry: paths.usageDailyEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-usage-daily' },
    create: (stack, data) => new UsageDaily(stack, 'Job', { ...common, entry: paths.usageDailyEntry, data }),
  },
  {
    name: 'the county offboarding run',
    entry: paths.countyOffboardingEntry,
    environment: {
      TABLE_NAME: 'linkki-test',
      POWERTOOLS_SERVICE_NAME: 'linkki-county-offboarding',
      TENANT_ROLE_ARN: 'arn:aws:iam::111122223333:role/TenantDataRole',
      EXPORT_BUCKET: 'linkki-test-exports',
    },
    create: (stack, data) => {
      // A stand-in API function: TenantIsolation is built around one, and its code is not under test here.
      const apiFunction = new lambda.Function(stack, 'Api', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});') });
      const isolation = new TenantIsolation(stack, 'Isolation', { data, apiFunction });
      const exports = new ExportBucket(stack, 'Exports', { accessLogs: new s3.Bucket(stack, 'Logs') });
      return new CountyOffboarding(stack, 'Job', { ...common, entry: paths.countyOffboardingEntry, data, isolation, exports });
    },
  },
  {
    name: 'the search snapshot writer',
    entry: paths.searchSnapshotEntry,
    environment: {
      TABLE_NAME: 'linkki-test',
      POWERTOOLS_SERVICE_NAME: 'linkki-search-snapshots',
      TENANT_ROLE_ARN: 'arn:aws:iam::111122223333:role/TenantDataRole',
      SEARCH_SNAPSHOT_BUCKET: 'linkki-test-search-snapshots',
    },
    create: (stack, data) => {
      const apiFunction = new lambda.Function(stack, 'Api', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});') });
      const isolation = new TenantIsolation(stack, 'Isolation', { data, apiFunction });
      return new SearchSnapshots(stack, 'Snapshots', { ...common, entry: paths.searchSnapshotEntry, data, isolation, accessLogs: new s3.Bucket(stack, 'Logs') }).job;
    },
  },
  {
    name: 'the outbox sender',
    entry: paths.outboxSendEntry,
    environment: { NOTIFICATION_FROM_ADDRESS: 'linkki@linkki.example.fi', TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-outbox' },
    create: (stack, data) => new OutboxSender(stack, 'Job', { ...common, entry: paths.outboxSendEntry, data, fromAddress: 'linkki@linkki.example.fi' }),
    ignoredRecord: { eventName: 'MODIFY', dynamodb: { SequenceNumber: '1', NewImage: { entity: { S: 'listing' } } } },
  },
  {
    name: 'the pathway fan-out',
    entry: paths.pathwayFanOutEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-pathway-fanout' },
    create: (stack, data) => new PathwayFanOut(stack, 'Job', { ...common, entry: paths.pathwayFanOutEntry, data }),
    ignoredRecord: { eventName: 'MODIFY', dynamodb: { SequenceNumber: '1', NewImage: { entity: { S: 'activity' } } } },
  },
  {
    name: "Cognito's pre-token trigger",
    entry: paths.preTokenEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-pre-token' },
    create: (stack, data) => new PreTokenTrigger(stack, 'Job', { ...common, entry: paths.preTokenEntry, data, userPool: new cognito.UserPool(stack, 'Pool') }),
    refusedEvent: {
      event: {
        version: '1',
        triggerSource: 'TokenGeneration_HostedAuth',
        userName: 'someone',
        request: { userAttributes: { 'custom:tenant': 'lappi#REFERRAL' }, groupConfiguration: {} },
        response: { claimsOverrideDetails: {} },
      },
      message: 'Sign-in refused.',
    },
  },
];

/** Calls the handler with a one-record stream batch and the context Lambda passes. */
const invokeWith = (record: Record<string, unknown>): string => `
const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 30000 };
process.stdout.write(JSON.stringify(await handler({ Records: [${JSON.stringify(record)}] }, context)));`;

/** Calls the handler with a trigger event and prints the message it fails with. */
const refuse = (event: Record<string, unknown>): string => `
const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 5000 };
try { await handler(${JSON.stringify(event)}, context); process.stdout.write('accepted'); } catch (error) { process.stdout.write(error.message); }`;

/** Bundles the job's real handler exactly as a deployment would. */
const bundle = (job: JobUnderTest): string => {
  const stack = new Stack(new App(), 'Bundle', { env: { account: '111122223333', region: 'eu-north-1' } });
  return stagedCodeDir(job.create(stack, new DataTable(stack, 'Data')).function);
};

describe.each(jobs.filter((job) => existsSync(job.entry)))('$name as bundled for Lambda', (job) => {
  it('is one ES module with its source map, which loads in a fresh Node process, exports the handler and passes over (or refuses) events not meant for it', () => {
    const bundleDir = bundle(job);
    expect(readdirSync(bundleDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(runBundleInFreshNode(bundleDir, job.environment, 'process.stdout.write(typeof handler);')).toBe('function');
    if (job.ignoredRecord) {
      expect(JSON.parse(runBundleInFreshNode(bundleDir, job.environment, invokeWith(job.ignoredRecord)))).toEqual({ batchItemFailures: [] });
    }
    if (job.refusedEvent) {
      expect(runBundleInFreshNode(bundleDir, job.environment, refuse(job.refusedEvent.event))).toBe(job.refusedEvent.message);
    }
  });
});
