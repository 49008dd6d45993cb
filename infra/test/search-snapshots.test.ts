import { describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, type PolicyDocument, resolveTokens, type Statement } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }>;
const { job, bucket } = stack.searchSnapshots;
const role = job.function.role;
const apiRole = stack.api.function.role;
if (!role || !apiRole) throw new Error('the snapshot job or the API function has no role');

const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const roleId = logicalId(role);
const apiRoleId = logicalId(apiRole);
const bucketId = logicalId(bucket);
const bucketArn = policies.arnOf(bucketId);
const tenantRoleId = logicalId(stack.isolation.tenantRole);
const statementsOf = (documents: { policy: PolicyDocument }[]): Statement[] => documents.flatMap(({ policy }) => policy.Statement);
const withPrefix = (statements: Statement[], prefix: string) => statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith(prefix)));
const onBucket = (statements: Statement[]) => withPrefix(statements, 's3:').filter((statement) => JSON.stringify(statement.Resource).includes(bucketArn));

describe('the search snapshot job', () => {
  it('runs every 5 minutes from an EventBridge schedule; a failed run is not run again by Lambda, the next run is its retry', () => {
    expect(resources[logicalId(job.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(job.function), 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2 } }],
    });
    const invokeConfigs = Object.values(resources).filter((resource) => resource.Type === 'AWS::Lambda::EventInvokeConfig' && resource.Properties.FunctionName?.Ref === logicalId(job.function));
    expect(invokeConfigs.map((resource) => resource.Properties.MaximumRetryAttempts)).toEqual([0]);
  });

  it('knows the table, the tenant role and the bucket, and ends before the next run starts', () => {
    const { Properties } = resources[logicalId(job.function)]!;
    expect(Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs22.x', Timeout: 240, MemorySize: 1536 });
    expect(Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: logicalId(stack.data.table) },
      POWERTOOLS_SERVICE_NAME: 'linkki-search-snapshots',
      TENANT_ROLE_ARN: { 'Fn::GetAtt': [tenantRoleId, 'Arn'] },
      SEARCH_SNAPSHOT_BUCKET: { Ref: bucketId },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('reads the tenant registry by itself and a county only through a session of the tenant role', () => {
    const dynamo = withPrefix(statementsOf(policies.identityPoliciesOf(roleId)), 'dynamodb:');
    expect(dynamo.map((statement) => [statement.Sid, actionsOf(statement)])).toEqual([['TenantRegistry', ['dynamodb:Query']]]);
    const trust = policies.trustPolicyOf(tenantRoleId).Statement.filter((statement) => statement.Sid?.startsWith('SearchSnapshots'));
    expect(trust.map((statement) => [statement.Sid, statement.Principal])).toEqual([
      ['SearchSnapshotsAssumeRole', { AWS: policies.arnOf(roleId) }],
      ['SearchSnapshotsTagSessionWithOneTenant', { AWS: policies.arnOf(roleId) }],
    ]);
  });

  it('is watched by an alarm on its failed invocations', () => {
    const watching = Object.values(resources).filter(
      (resource) => resource.Type === 'AWS::CloudWatch::Alarm' && JSON.stringify(resource.Properties.Dimensions ?? []).includes(logicalId(job.function)),
    );
    expect(watching.map((alarm) => [alarm.Properties.MetricName, alarm.Properties.Threshold])).toEqual([['Errors', 1]]);
  });
});

describe('the snapshot bucket', () => {
  const properties = () => resources[bucketId]!.Properties;

  it('blocks public access, is encrypted, refuses requests without TLS and logs access', () => {
    expect(properties()).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack.web.logBucket) }, LogFilePrefix: 'search-snapshots/' },
    });
    const bucketPolicies = Object.values(resources).filter((resource) => resource.Type === 'AWS::S3::BucketPolicy' && resource.Properties.Bucket?.Ref === bucketId);
    expect(bucketPolicies.flatMap((policy) => policy.Properties.PolicyDocument.Statement)).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('keeps no old versions and lets the snapshot of a county no longer written expire after a week', () => {
    expect(properties().VersioningConfiguration).toBeUndefined();
    expect(properties().LifecycleConfiguration.Rules).toEqual([{ Id: 'ExpireUnwrittenSnapshots', Status: 'Enabled', ExpirationInDays: 7, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }]);
  });

  it('may be written by the job and read by the API under search-snapshots/ only; both may list it, so a missing snapshot answers 404; nobody deletes', () => {
    const list = { Sid: 'ListSearchSnapshots', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn };
    expect(onBucket(statementsOf(policies.identityPoliciesOf(roleId)))).toEqual([
      { Sid: 'WriteSearchSnapshots', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucketArn}/search-snapshots/*` },
      list,
    ]);
    expect(onBucket(statementsOf(policies.identityPoliciesOf(apiRoleId)))).toEqual([
      { Sid: 'ReadSearchSnapshots', Effect: 'Allow', Action: 's3:GetObject', Resource: `${bucketArn}/search-snapshots/*` },
      list,
    ]);
    expect(resources[logicalId(stack.api.function)]!.Properties.Environment.Variables.SEARCH_SNAPSHOT_BUCKET).toEqual({ Ref: bucketId });
  });

  it('is named in the policies of no other role of the stack', () => {
    const naming = Object.values(resources).filter((resource) => resource.Type === 'AWS::IAM::Policy' && JSON.stringify(resource.Properties).includes(`"${bucketId}"`));
    expect(naming.flatMap((resource) => (resource.Properties.Roles as { Ref: string }[]).map((ref) => ref.Ref)).sort()).toEqual([apiRoleId, roleId].sort());
  });
});
