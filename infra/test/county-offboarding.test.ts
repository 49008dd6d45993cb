import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { type DataRequest, decideDataRequest } from './helpers/iam-simulation';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, type PolicyDocument, resolveTokens, type Statement } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
const job = stack.countyOffboarding;
const role = job.function.role;
if (!role) throw new Error('the county offboarding function has no role');
const apiRole = stack.api.function.role;
if (!apiRole) throw new Error('the API function has no role');

const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const roleId = logicalId(role);
const apiRoleId = logicalId(apiRole);
const bucketId = logicalId(stack.exports.bucket);
const tenantRoleId = logicalId(stack.isolation.tenantRole);
const tableArn = policies.arnOf(logicalId(stack.data.table));
const bucketArn = policies.arnOf(bucketId);
const tenantRoleArn = policies.arnOf(tenantRoleId);
const roleArn = policies.arnOf(roleId);
const apiRoleArn = policies.arnOf(apiRoleId);
const rolePolicies = policies.identityPoliciesOf(roleId);
const apiRolePolicies = policies.identityPoliciesOf(apiRoleId);

const statementsOf = (documents: { policy: PolicyDocument }[]): Statement[] => documents.flatMap(({ policy }) => policy.Statement);
const withPrefix = (statements: Statement[], prefix: string) => statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith(prefix)));
const dynamoStatements = withPrefix(statementsOf(rolePolicies), 'dynamodb:');
const bySid = Object.fromEntries(dynamoStatements.map((statement) => [statement.Sid, statement]));
const jobRole = { arn: `arn:aws:sts::${testAccount}:assumed-role/${roleId}/county-offboarding`, accountId: testAccount, policies: rolePolicies };

const keysOnly = { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:Attributes': ['pk', 'sk', 'entity'] };

describe('the county offboarding run', () => {
  it('runs every 15 minutes from an EventBridge schedule, retried twice', () => {
    expect(resources[logicalId(job.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(job.function), 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 } }],
    });
  });

  it('has 15 minutes and 2 GB to zip a county, and knows the table, the tenant role and the exports bucket', () => {
    const { Properties } = resources[logicalId(job.function)]!;
    expect(Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs22.x', Timeout: 900, MemorySize: 2048, TracingConfig: { Mode: 'Active' } });
    expect(Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: logicalId(stack.data.table) },
      POWERTOOLS_SERVICE_NAME: 'linkki-county-offboarding',
      TENANT_ROLE_ARN: { 'Fn::GetAtt': [tenantRoleId, 'Arn'] },
      EXPORT_BUCKET: { Ref: bucketId },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('is watched by an alarm on its failed invocations', () => {
    const watching = Object.values(resources).filter(
      (resource) => resource.Type === 'AWS::CloudWatch::Alarm' && JSON.stringify(resource.Properties.Dimensions ?? []).includes(logicalId(job.function)),
    );
    expect(watching.map((alarm) => [alarm.Properties.MetricName, alarm.Properties.Threshold])).toEqual([['Errors', 1]]);
  });
});

describe("the job's own table access", () => {
  it('is the tenant registry and a keys-only Scan of the table, nothing more', () => {
    expect(Object.keys(bySid).sort()).toEqual(['CountyKeysScan', 'TenantRegistry']);
    expect(actionsOf(bySid.TenantRegistry).sort()).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(bySid.TenantRegistry!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PLATFORM#TENANTS'] },
      Null: { 'dynamodb:LeadingKeys': 'false' },
    });
    for (const statement of dynamoStatements) expect(statement.Resource).toEqual(tableArn);
    expect(policies.managedPolicyArnsOf(roleId)).toEqual([]);
  });

  it('scans only for pk, sk and entity, and only when the request asks for exactly those attributes', () => {
    expect(bySid.CountyKeysScan).toEqual({
      Sid: 'CountyKeysScan',
      Effect: 'Allow',
      Action: 'dynamodb:Scan',
      Resource: tableArn,
      Condition: {
        StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
        'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk', 'sk', 'entity'] },
        Null: { 'dynamodb:Attributes': 'false' },
      },
    });
  });

  it('grants Scan in no other statement of any of its policies', () => {
    const scans = statementsOf(rolePolicies).filter((statement) => actionsOf(statement).some((action) => action === 'dynamodb:Scan' || action === 'dynamodb:*' || action === '*'));
    expect(scans.map((statement) => statement.Sid)).toEqual(['CountyKeysScan']);
  });

  it.each([
    ['listing the counties', { action: 'dynamodb:Query', keys: ['PLATFORM#TENANTS'] }],
    ['marking a county offboarded or recording its archive', { action: 'dynamodb:UpdateItem', keys: ['PLATFORM#TENANTS'] }],
    ['a Scan for keys and kinds', { action: 'dynamodb:Scan', context: keysOnly }],
    ['a Scan for partition keys alone', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:Attributes': ['pk'] } }],
  ] satisfies [string, Omit<DataRequest, 'resource'> & { resource?: string }][])('is allowed: %s', async (_, request) => {
    expect(await decideDataRequest(jobRole, { resource: tableArn, ...request })).toBe('Allowed');
  });

  it.each([
    ['a Scan of whole items', { action: 'dynamodb:Scan' }],
    ['a Scan asking for all attributes', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'ALL_ATTRIBUTES' } }],
    ['a Scan asking for all attributes while naming the keys', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'ALL_ATTRIBUTES', 'dynamodb:Attributes': ['pk', 'sk', 'entity'] } }],
    ['a Scan projecting item content', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:Attributes': ['pk', 'sk', 'entity', 'client'] } }],
    ['a Scan saying SPECIFIC_ATTRIBUTES but naming none', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } }],
    ['a keys-only Scan of an index', { action: 'dynamodb:Scan', resource: `${tableArn}/index/gsi1`, context: keysOnly }],
    ["reading a county's item", { action: 'dynamodb:GetItem', keys: ['T#lappi#REF#1'] }],
    ["reading a county's items in a batch", { action: 'dynamodb:BatchGetItem', keys: ['T#lappi#REF#1'] }],
    ["deleting a county's items", { action: 'dynamodb:BatchWriteItem', keys: ['T#lappi#REF#1'] }],
    ["querying a county's partition", { action: 'dynamodb:Query', keys: ['T#lappi'] }],
    ['adding a county to the registry', { action: 'dynamodb:PutItem', keys: ['PLATFORM#TENANTS'] }],
    ['removing a county from the registry', { action: 'dynamodb:DeleteItem', keys: ['PLATFORM#TENANTS'] }],
    ['reading other platform items', { action: 'dynamodb:Query', keys: ['PLATFORM#USAGE'] }],
    ['DeleteTable', { action: 'dynamodb:DeleteTable' }],
  ] satisfies [string, Omit<DataRequest, 'resource'> & { resource?: string }][])('is denied: %s', async (_, request) => {
    expect(await decideDataRequest(jobRole, { resource: tableArn, ...request })).not.toBe('Allowed');
  });
});

describe('sessions of the tenant role for the job', () => {
  const assume = async (principalArn: string, policiesOfPrincipal: { name: string; policy: PolicyDocument }[], action: string, tags: Record<string, string>) => {
    const contextVariables: Record<string, string | string[]> = Object.fromEntries(Object.entries(tags).map(([key, value]) => [`aws:RequestTag/${key}`, value]));
    if (Object.keys(tags).length > 0) contextVariables['aws:TagKeys'] = Object.keys(tags);
    const result = await runSimulation(
      {
        request: { principal: principalArn, action, resource: { resource: tenantRoleArn, accountId: testAccount }, contextVariables },
        identityPolicies: policiesOfPrincipal,
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: policies.trustPolicyOf(tenantRoleId),
      },
      {},
    );
    if (result.resultType === 'error') throw new Error(`simulation rejected: ${JSON.stringify(result.errors)}`);
    return result.overallResult;
  };

  it("are trusted with the API's own tag rule, in statements of the job's own, while the API's trust stays as it was", () => {
    const trust = policies.trustPolicyOf(tenantRoleId).Statement;
    const apiTagSession = trust.find((statement) => statement.Sid === 'TagSessionWithOneTenant');
    expect(trust).toEqual([
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: apiRoleArn } },
      { Sid: 'TagSessionWithOneTenant', Effect: 'Allow', Action: 'sts:TagSession', Principal: { AWS: apiRoleArn }, Condition: apiTagSession!.Condition },
      { Sid: 'CountyOffboardingAssumeRole', Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: roleArn } },
      { Sid: 'CountyOffboardingTagSessionWithOneTenant', Effect: 'Allow', Action: 'sts:TagSession', Principal: { AWS: roleArn }, Condition: apiTagSession!.Condition },
      ...trust.filter((statement) => statement.Sid?.startsWith('SearchSnapshots')),
    ]);
    expect(apiTagSession!.Condition).toEqual({
      StringLike: { 'aws:RequestTag/tenant': '?*' },
      StringNotLike: { 'aws:RequestTag/tenant': ['*${*}*', '*${?}*', '*#*'] },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['tenant'] },
    });
  });

  it('may be opened by the job, on the tenant role only', () => {
    const sts = withPrefix(statementsOf(rolePolicies), 'sts:');
    expect(sts).toEqual([{ Sid: 'AssumeTenantRole', Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: tenantRoleArn }]);
  });

  it('are allowed to the job with one county as the tag, and still to the API', async () => {
    expect(await assume(roleArn, rolePolicies, 'sts:AssumeRole', {})).toBe('Allowed');
    expect(await assume(roleArn, rolePolicies, 'sts:TagSession', { tenant: 'lappi' })).toBe('Allowed');
    expect(await assume(apiRoleArn, apiRolePolicies, 'sts:AssumeRole', {})).toBe('Allowed');
    expect(await assume(apiRoleArn, apiRolePolicies, 'sts:TagSession', { tenant: 'lappi' })).toBe('Allowed');
  });

  it.each([
    ['a wildcard, which would match every county', { tenant: '*' }],
    ['the key separator', { tenant: 'lappi#REF' }],
    ['an empty county', { tenant: '' }],
    ['a second tag', { tenant: 'lappi', role: 'admin' }],
  ])('are refused to the job with %s', async (_, tags) => {
    expect(await assume(roleArn, rolePolicies, 'sts:TagSession', tags)).not.toBe('Allowed');
  });
});

describe('the exports bucket', () => {
  const bucket = () => resources[bucketId]!;

  it('blocks public access, is encrypted, and refuses requests without TLS', () => {
    expect(bucket().Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    const bucketPolicies = Object.values(resources).filter((resource) => resource.Type === 'AWS::S3::BucketPolicy' && resource.Properties.Bucket?.Ref === bucketId);
    expect(bucketPolicies).toHaveLength(1);
    expect(bucketPolicies[0]!.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('outlives the stack, keeps no old versions and no CORS, and expires archives after a year', () => {
    expect(bucket().DeletionPolicy).toBe('Retain');
    expect(bucket().UpdateReplacePolicy).toBe('Retain');
    expect(bucket().Properties.VersioningConfiguration).toBeUndefined();
    expect(bucket().Properties.CorsConfiguration).toBeUndefined();
    expect(bucket().Properties.LifecycleConfiguration.Rules).toEqual([{ Id: 'ExpireArchives', Status: 'Enabled', ExpirationInDays: 365, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }]);
  });

  it("logs access into the stage's log bucket", () => {
    expect(bucket().Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logicalId(stack.web.logBucket) }, LogFilePrefix: 'exports/' });
  });

  it('may be written, and checked before a deletion, by the job under counties/ only, never listed or deleted', () => {
    expect(withPrefix(statementsOf(rolePolicies), 's3:')).toEqual([{ Sid: 'WriteCountyArchives', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucketArn}/counties/*` }]);
  });

  it('is named to the API, which may read archives under counties/ only, to presign their downloads', () => {
    expect(resources[logicalId(stack.api.function)]!.Properties.Environment.Variables.EXPORT_BUCKET).toEqual({ Ref: bucketId });
    const onExports = withPrefix(statementsOf(apiRolePolicies), 's3:').filter((statement) => JSON.stringify(statement.Resource).includes(bucketArn));
    expect(onExports).toEqual([{ Sid: 'ReadCountyArchives', Effect: 'Allow', Action: 's3:GetObject', Resource: `${bucketArn}/counties/*` }]);
  });

  it('is named in the policies of no other role of the stack', () => {
    const naming = Object.values(resources).filter((resource) => ['AWS::IAM::Policy', 'AWS::IAM::Role'].includes(resource.Type) && JSON.stringify(resource.Properties).includes(`"${bucketId}"`));
    const roles = naming.flatMap((resource) => (resource.Type === 'AWS::IAM::Role' ? ['(inline)'] : (resource.Properties.Roles as { Ref: string }[]).map((ref) => ref.Ref)));
    expect(roles.sort()).toEqual([apiRoleId, roleId].sort());
  });
});
