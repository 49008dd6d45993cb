import { describe, expect, it } from 'vitest';
import { type DataRequest, decideDataRequest } from './helpers/iam-simulation';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const job = stack.usageDaily;
const role = job.function.role;
if (!role) throw new Error('the daily usage function has no role');
const roleId = logicalId(role);
const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const tableArn = policies.arnOf(logicalId(stack.data.table));
const rolePolicies = policies.identityPoliciesOf(roleId);
const dynamoStatements = rolePolicies.flatMap(({ policy }) => policy.Statement).filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
const bySid = Object.fromEntries(dynamoStatements.map((statement) => [statement.Sid, statement]));
const jobRole = { arn: `arn:aws:sts::${testAccount}:assumed-role/${roleId}/usage-daily`, accountId: testAccount, policies: rolePolicies };

const count = { 'dynamodb:Select': 'COUNT' };
const keysOnly = { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:Attributes': ['pk'] };
const index = (name: string) => `${tableArn}/index/${name}`;

describe('the daily usage per county', () => {
  it('runs every night at 03:00 UTC from an EventBridge schedule, retried twice, knowing only the table', () => {
    expect(resources[logicalId(job.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 3 * * ? *)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(job.function), 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 } }],
    });
    const { Properties } = resources[logicalId(job.function)]!;
    expect(Properties).toMatchObject({ Architectures: ['arm64'], Timeout: 900, TracingConfig: { Mode: 'Active' } });
    expect(Properties.Environment.Variables).toEqual({ TABLE_NAME: { Ref: logicalId(stack.data.table) }, POWERTOOLS_SERVICE_NAME: 'linkki-usage-daily', NODE_OPTIONS: '--enable-source-maps' });
  });

  it('has the registry, the usage partition, counts on three index partitions, a keys-only Scan and the table size, nothing more', () => {
    expect(Object.keys(bySid).sort()).toEqual(['CountyCounts', 'StoredItemsScan', 'TableSize', 'TenantRegistry', 'UsageItems']);
    expect(actionsOf(bySid.UsageItems).sort()).toEqual(['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(bySid.UsageItems!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['PLATFORM#USAGE']);
    expect(bySid.CountyCounts!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*#STAFF', 'T#*#PUBLISHED#*', 'T#*#REFERRALS'] },
      Null: { 'dynamodb:LeadingKeys': 'false' },
      StringEquals: { 'dynamodb:Select': 'COUNT' },
    });
    expect(bySid.StoredItemsScan).toMatchObject({ Action: 'dynamodb:Scan', Resource: tableArn });
    expect(bySid.TableSize).toMatchObject({ Action: 'dynamodb:DescribeTable', Resource: tableArn });
    expect(policies.managedPolicyArnsOf(roleId)).toEqual([]);
  });

  it.each([
    ['listing the counties', { action: 'dynamodb:Query', keys: ['PLATFORM#TENANTS'] }],
    ["reading a day's request counters and records", { action: 'dynamodb:Query', keys: ['PLATFORM#USAGE'] }],
    ["writing a county's record of a day", { action: 'dynamodb:PutItem', keys: ['PLATFORM#USAGE'] }],
    ['rewriting it on a rerun', { action: 'dynamodb:UpdateItem', keys: ['PLATFORM#USAGE'] }],
    ['counting active staff', { action: 'dynamodb:Query', keys: ['T#lappi#STAFF'], resource: index('gsi1'), context: count }],
    ['counting a published shard', { action: 'dynamodb:Query', keys: ['T#lappi#PUBLISHED#7'], resource: index('gsi2'), context: count }],
    ["counting a day's referrals", { action: 'dynamodb:Query', keys: ['T#lappi#REFERRALS'], resource: index('gsi3'), context: count }],
    ['a Scan for partition keys only', { action: 'dynamodb:Scan', context: keysOnly }],
    ["the table's size", { action: 'dynamodb:DescribeTable' }],
  ] satisfies [string, Omit<DataRequest, 'resource'> & { resource?: string }][])('is allowed: %s', async (_, request) => {
    expect(await decideDataRequest(jobRole, { resource: tableArn, ...request })).toBe('Allowed');
  });

  it.each([
    ['reading the staff it counts', { action: 'dynamodb:Query', keys: ['T#lappi#STAFF'], resource: index('gsi1') }],
    ['reading the staff by their projection', { action: 'dynamodb:Query', keys: ['T#lappi#STAFF'], resource: index('gsi1'), context: { 'dynamodb:Select': 'ALL_PROJECTED_ATTRIBUTES' } }],
    ['reading the referrals it counts', { action: 'dynamodb:Query', keys: ['T#lappi#REFERRALS'], resource: index('gsi3'), context: { 'dynamodb:Select': 'ALL_ATTRIBUTES' } }],
    ["counting a county's memberships partition", { action: 'dynamodb:Query', keys: ['T#lappi#USERS'], context: count }],
    ['getting a referral', { action: 'dynamodb:GetItem', keys: ['T#lappi#REF#x'] }],
    ['writing into a county', { action: 'dynamodb:PutItem', keys: ['T#lappi#USAGE'] }],
    ['changing the tenant registry', { action: 'dynamodb:PutItem', keys: ['PLATFORM#TENANTS'] }],
    ['deleting usage records', { action: 'dynamodb:DeleteItem', keys: ['PLATFORM#USAGE'] }],
    ['a Scan of whole items', { action: 'dynamodb:Scan' }],
    ['a Scan asking for all attributes', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'ALL_ATTRIBUTES' } }],
    ['a Scan projecting a client record', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:Attributes': ['pk', 'client'] } }],
    ['a Scan projecting sort keys', { action: 'dynamodb:Scan', context: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:Attributes': ['pk', 'sk'] } }],
    ['a Scan of an index', { action: 'dynamodb:Scan', resource: index('gsi1'), context: keysOnly }],
    ['a Query naming no partition key', { action: 'dynamodb:Query', context: count }],
  ] satisfies [string, Omit<DataRequest, 'resource'> & { resource?: string }][])('is denied: %s', async (_, request) => {
    expect(await decideDataRequest(jobRole, { resource: tableArn, ...request })).not.toBe('Allowed');
  });
});
