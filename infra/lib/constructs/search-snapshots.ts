import { type CfnResource, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from '../nag';
import type { DataTable } from './data-table';
import { tenantRegistryLeadingKeys } from './leading-keys-policy';
import { ScheduledTableJob } from './scheduled-table-job';
import type { TenantIsolation } from './tenant-isolation';

export interface SearchSnapshotsProps {
  /** The handler file; `functions/src/events/search-snapshot.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
  /** The tenant role, through whose sessions the job reads one county's catalog at a time. */
  readonly isolation: TenantIsolation;
  /** Where S3 delivers the bucket's server access logs: the stage's log bucket. */
  readonly accessLogs: s3.IBucket;
}

/** Under which keys the snapshots lie: `search-snapshots/<slug>.snapshot`. */
export const searchSnapshotsPrefix = 'search-snapshots/';

/**
 * Every five minutes. A container that loads a snapshot reads the change feed since it was
 * written, so the period bounds that read (at five minutes, one query even for a busy county), not
 * what residents see: an edit is in search within a second either way. Shorter would only add
 * runs and PUTs; much longer would let the catch-up on load grow with the day's edits.
 */
export const searchSnapshotSchedule = events.Schedule.rate(Duration.minutes(5));

/**
 * A county whose snapshot is no longer written (it left) has it deleted after this; an active
 * county's is replaced every run and never gets this old.
 */
export const snapshotRetention = Duration.days(7);

/**
 * Each active county's search snapshot, kept in a private bucket by a job run on a schedule and
 * loaded by API containers on the county's first search instead of building from the table.
 * What the job may do:
 * - read the tenant registry;
 * - read one county's catalog at a time, only through a session of the tenant role tagged with it;
 * - read and write objects under `search-snapshots/` of its bucket, and list it.
 * The API may read and list them, and nothing else of the bucket.
 */
export class SearchSnapshots extends Construct {
  readonly bucket: s3.Bucket;
  readonly job: ScheduledTableJob;

  constructor(scope: Construct, id: string, { isolation, accessLogs, ...props }: SearchSnapshotsProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // S3-managed keys: the snapshots hold published listings and their organisations (editors' user ids too), and readers are chosen by the IAM grants below.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // No versioning: each run replaces a county's snapshot, and an old one is of no use.
      versioned: false,
      lifecycleRules: [{ id: 'ExpireUnwrittenSnapshots', expiration: snapshotRetention, abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'search-snapshots/',
      // Retained as every bucket of the stack: deleting a non-empty bucket would fail the stack's deletion, and expiry empties it a week after the job stops.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.job = new ScheduledTableJob(this, 'Job', {
      ...props,
      serviceName: 'linkki-search-snapshots',
      schedule: searchSnapshotSchedule,
      // Under the five-minute period, so runs do not overlap; builds from the table (the first run, and each county once a day) take seconds a county.
      timeout: Duration.minutes(4),
      // A county's catalog and index are held in memory while its snapshot is written.
      memorySize: 1536,
      environment: { TENANT_ROLE_ARN: isolation.tenantRole.roleArn, SEARCH_SNAPSHOT_BUCKET: this.bucket.bucketName },
      access: [{ sid: 'TenantRegistry', actions: ['dynamodb:Query'], leadingKeys: tenantRegistryLeadingKeys }],
    });
    // The next run, five minutes later, is the retry: Lambda's own retries would only run every county again.
    this.job.function.configureAsyncInvoke({ retryAttempts: 0 });
    const role = this.job.function.role;
    if (!role) throw new Error('SearchSnapshots needs its job to have an execution role');
    isolation.allowSessionsFrom('SearchSnapshots', role);
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'WriteSearchSnapshots', actions: ['s3:GetObject', 's3:PutObject'], resources: [this.snapshotsArn] }));
    this.allowMissingAnswers(role);
    this.acknowledgeSnapshotWildcard(
      role,
      'The job reads and replaces each active county its snapshot under search-snapshots/<slug>; the counties are known only at run time. It may not delete anything; it may list the bucket only to tell a missing snapshot from a refused read.',
    );
  }

  /** The snapshot objects, `search-snapshots/*`. */
  get snapshotsArn(): string {
    return this.bucket.arnForObjects(`${searchSnapshotsPrefix}*`);
  }

  /** Lets the API function read snapshots (GetObject on `search-snapshots/*`) and tells it the bucket (`SEARCH_SNAPSHOT_BUCKET`). */
  allowReads(fn: lambda.Function): void {
    const role = fn.role;
    if (!role) throw new Error('SearchSnapshots needs the reading function to have an execution role');
    fn.addEnvironment('SEARCH_SNAPSHOT_BUCKET', this.bucket.bucketName);
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ReadSearchSnapshots', actions: ['s3:GetObject'], resources: [this.snapshotsArn] }));
    this.allowMissingAnswers(role);
    this.acknowledgeSnapshotWildcard(role, "A container reads a county's snapshot under search-snapshots/<slug> on the county's first search; GetObject is its only action on the bucket.");
  }

  /**
   * Without ListBucket, S3 answers a GET of a key that is not there with 403 rather than 404, and a
   * county that has no snapshot yet could not be told from a refused read. The bucket holds only
   * snapshots, so the listing shows nothing but which counties have one.
   */
  private allowMissingAnswers(role: iam.IRole): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ListSearchSnapshots', actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }));
  }

  private acknowledgeSnapshotWildcard(role: iam.IRole, reason: string): void {
    acknowledge(role, wildcardResourceFinding(this.bucket.node.defaultChild as CfnResource, 'Arn', `/${searchSnapshotsPrefix}*`), reason);
  }
}
