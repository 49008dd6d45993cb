import { type CfnResource, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from '../nag';

export interface ExportBucketProps {
  /** Where S3 delivers the bucket's server access logs: the stage's log bucket. */
  readonly accessLogs: s3.IBucket;
}

/** Under which keys the counties' archives lie: `counties/<slug>/linkki-<slug>-<day>.zip`. */
export const countyArchivesPrefix = 'counties/';
/** How long an archive stays downloadable before S3 deletes it. */
export const archiveRetention = Duration.days(365);

/**
 * The private bucket of export archives: the whole data of a county that is leaving, zipped by
 * the offboarding job and downloaded by the county's administrators through presigned links of
 * five minutes. Nothing in it is public, and no principal of the stack may list or delete in it.
 */
export class ExportBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: ExportBucketProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // S3-managed keys, not the table's KMS key. Who may read an archive is decided by the IAM
      // grants below (the job writes, the API presigns reads), not by the key. The table key is
      // usable only through DynamoDB (kms:ViaService) and stays so; with it here, both roles would
      // need the key through S3 too, and a presigned download would fail unless the presigning
      // role may decrypt.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // No versioning: the archives hold personal data of counties that have left, and when their
      // time is up they must really go, not linger as noncurrent versions. Nothing of the stack
      // may delete objects here, and the job writes each archive under a new dated key.
      versioned: false,
      lifecycleRules: [{ id: 'ExpireArchives', expiration: archiveRetention, abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'exports/',
      // The counties' data: it outlives the stack.
      removalPolicy: RemovalPolicy.RETAIN,
      // No CORS: a download is a top-level navigation to the presigned URL, not a fetch.
    });
  }

  /** The objects of the county archives, `counties/*`. */
  get archivesArn(): string {
    return this.bucket.arnForObjects(`${countyArchivesPrefix}*`);
  }

  /** Lets `role` write county archives (PutObject on `counties/*`), and nothing else of the bucket. */
  grantArchiveWrites(role: iam.IRole): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'WriteCountyArchives', actions: ['s3:PutObject', 's3:GetObject'], resources: [this.archivesArn] }));
    this.acknowledgeArchiveWildcard(
      role,
      'The job writes each leaving county its archive under counties/<slug>/ and checks it is still there (HeadObject) before deleting the county; the slug is known only at run time. It may not list or delete anything.',
    );
  }

  /**
   * Lets the function presign downloads of county archives: it is told the bucket (`EXPORT_BUCKET`)
   * and may read objects under `counties/*`, which is what a link it signs is allowed to do. It
   * may not list, write or delete anything there.
   */
  allowDownloads(fn: lambda.Function): void {
    const role = fn.role;
    if (!role) throw new Error('ExportBucket needs the downloading function to have an execution role');
    fn.addEnvironment('EXPORT_BUCKET', this.bucket.bucketName);
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ReadCountyArchives', actions: ['s3:GetObject'], resources: [this.archivesArn] }));
    this.acknowledgeArchiveWildcard(
      role,
      "Download links are presigned GETs of one county's archive under counties/<slug>/, chosen per request after the county's administrator is verified; GetObject is the only action on the bucket.",
    );
  }

  private acknowledgeArchiveWildcard(role: iam.IRole, reason: string): void {
    acknowledge(role, wildcardResourceFinding(this.bucket.node.defaultChild as CfnResource, 'Arn', `/${countyArchivesPrefix}*`), reason);
  }
}
