import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { itemActions } from '../lib/constructs/leading-keys-policy';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, type PolicyDocument, resolveTokens, type Statement } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);

const tenantRoleId = logicalId(stack.isolation.tenantRole);
const apiRole = stack.api.function.role;
if (!apiRole) throw new Error('the API function has no role');
const apiRoleId = logicalId(apiRole);
const tableId = logicalId(stack.data.table);

const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const tableArn = policies.arnOf(tableId);
const tenantRoleArn = policies.arnOf(tenantRoleId);
const apiRoleArn = policies.arnOf(apiRoleId);
const tenantRolePolicies = policies.identityPoliciesOf(tenantRoleId);
const apiRolePolicies = policies.identityPoliciesOf(apiRoleId);

const statementsOf = (documents: { policy: PolicyDocument }[]): Statement[] => documents.flatMap(({ policy }) => policy.Statement);
const dynamoStatements = (documents: { policy: PolicyDocument }[]) => statementsOf(documents).filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));

interface DataRequest {
  action?: string;
  /** `dynamodb:LeadingKeys`; undefined for a request that names none. */
  keys?: string[];
  resource?: string;
}

/** Evaluates one DynamoDB request against a role's identity policies, as IAM would in the same account. */
const decide = async (
  principal: { arn: string; policies: { name: string; policy: PolicyDocument }[]; tenantTag?: string },
  { action = 'dynamodb:GetItem', keys, resource = tableArn }: DataRequest,
): Promise<string> => {
  const contextVariables: Record<string, string | string[]> = {};
  if (keys) contextVariables['dynamodb:LeadingKeys'] = keys;
  if (principal.tenantTag !== undefined) contextVariables['aws:PrincipalTag/tenant'] = principal.tenantTag;
  const simulation: Simulation = {
    request: { principal: principal.arn, action, resource: { resource, accountId: testAccount }, contextVariables },
    identityPolicies: principal.policies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(`simulation rejected: ${JSON.stringify(result.errors)}`);
  return result.overallResult;
};

const dropNullCondition = (statement: Statement): Statement => {
  if (!statement.Condition) return statement;
  const { Null: _, ...others } = statement.Condition;
  return { ...statement, Condition: others };
};

const lappiSession = {
  arn: `arn:aws:sts::${testAccount}:assumed-role/${tenantRoleId}/linkki-lappi`,
  policies: tenantRolePolicies,
  tenantTag: 'lappi',
};
const functionRole = { arn: `arn:aws:sts::${testAccount}:assumed-role/${apiRoleId}/api`, policies: apiRolePolicies };

describe('policy shape', () => {
  it('grants the tenant role item actions only, each confined by LeadingKeys with the Null guard', () => {
    const statements = dynamoStatements(tenantRolePolicies);
    expect(statements).toHaveLength(1);
    for (const statement of statements) {
      expect(actionsOf(statement).sort()).toEqual([...itemActions].sort());
      expect(statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['T#${aws:PrincipalTag/tenant}', 'T#${aws:PrincipalTag/tenant}#*']);
      expect(statement.Condition?.Null).toEqual({ 'dynamodb:LeadingKeys': 'false' });
      expect([statement.Resource].flat().sort()).toEqual([tableArn, `${tableArn}/index/*`]);
    }
  });

  it("confines the function's own role to the platform, national and network prefixes", () => {
    const statements = dynamoStatements(apiRolePolicies);
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(actionsOf(statement!).sort()).toEqual([...itemActions].sort());
    expect(statement!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['PLATFORM', 'PLATFORM#*', 'NATIONAL', 'NATIONAL#*', 'NETWORK', 'NETWORK#*']);
    expect(statement!.Condition?.Null).toEqual({ 'dynamodb:LeadingKeys': 'false' });
  });

  it('grants no Scan, wildcard or table-level DynamoDB action to either role, and no managed policy', () => {
    const actions = [...dynamoStatements(tenantRolePolicies), ...dynamoStatements(apiRolePolicies)].flatMap(actionsOf);
    expect(actions.filter((action) => !(itemActions as readonly string[]).includes(action))).toEqual([]);
    expect(policies.managedPolicyArnsOf(tenantRoleId)).toEqual([]);
    expect(policies.managedPolicyArnsOf(apiRoleId)).toEqual([]);
  });

  it('lets only the API function role, the county offboarding role and the search snapshot job assume the tenant role, and tells the function which role it is', () => {
    const trust = policies.trustPolicyOf(tenantRoleId);
    const roleArnOf = (name: string, role: { node: { defaultChild?: unknown } } | undefined) => {
      if (!role) throw new Error(`the ${name} function has no role`);
      return policies.arnOf(logicalId(role));
    };
    const offboardingRoleArn = roleArnOf('county offboarding', stack.countyOffboarding.function.role);
    const snapshotRoleArn = roleArnOf('search snapshot', stack.searchSnapshots.job.function.role);
    expect(trust.Statement.map((statement) => statement.Principal)).toEqual([
      { AWS: apiRoleArn },
      { AWS: apiRoleArn },
      { AWS: offboardingRoleArn },
      { AWS: offboardingRoleArn },
      { AWS: snapshotRoleArn },
      { AWS: snapshotRoleArn },
    ]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { TENANT_ROLE_ARN: { 'Fn::GetAtt': [tenantRoleId, 'Arn'] } } },
    });
  });
});

describe('a session of the tenant role tagged tenant=lappi', () => {
  it.each([
    ['GetItem on its own partition', { keys: ['T#lappi'] }],
    ['GetItem on an item of its own', { keys: ['T#lappi#REFERRAL#1'] }],
    ['Query on its own partition', { action: 'dynamodb:Query', keys: ['T#lappi#REFERRAL#1'] }],
    ['Query on an index', { action: 'dynamodb:Query', keys: ['T#lappi#USERS'], resource: `${tableArn}/index/gsi1` }],
    ['BatchWriteItem within the tenant', { action: 'dynamodb:BatchWriteItem', keys: ['T#lappi#A', 'T#lappi#B'] }],
  ] satisfies [string, DataRequest][])('is allowed: %s', async (_, request) => {
    expect(await decide(lappiSession, request)).toBe('Allowed');
  });

  it.each([
    ["another tenant's item", { keys: ['T#pohjois-savo#X'] }],
    ["another tenant's partition on an index", { action: 'dynamodb:Query', keys: ['T#pohjois-savo'], resource: `${tableArn}/index/gsi2` }],
    ['a tenant whose id starts with its own and a hyphen', { keys: ['T#lappi-x#1'] }],
    ['a tenant whose id starts with its own', { keys: ['T#lappix'] }],
    ['a batch that strays into another tenant', { action: 'dynamodb:BatchGetItem', keys: ['T#lappi#1', 'T#pohjois-savo#1'] }],
    ['platform items', { keys: ['PLATFORM#TENANTS'] }],
    ['a request that names no partition key', { keys: undefined }],
    ['Scan', { action: 'dynamodb:Scan', keys: undefined }],
    ['Scan of an index', { action: 'dynamodb:Scan', keys: undefined, resource: `${tableArn}/index/gsi1` }],
    ['DeleteTable', { action: 'dynamodb:DeleteTable', keys: undefined }],
    ['DescribeTable', { action: 'dynamodb:DescribeTable', keys: undefined }],
  ] satisfies [string, DataRequest][])('is denied: %s', async (_, request) => {
    expect(await decide(lappiSession, request)).not.toBe('Allowed');
  });

  it('reaches nothing when the session carries no tenant tag', async () => {
    const { tenantTag: _, ...untagged } = lappiSession;
    expect(await decide(untagged, { keys: ['T#lappi'] })).not.toBe('Allowed');
  });

  it('would let a request without keys through if the Null guard were missing (the guard is what stops it)', async () => {
    const withoutNullGuard = tenantRolePolicies.map(({ name, policy }) => ({
      name,
      policy: { ...policy, Statement: policy.Statement.map(dropNullCondition) },
    }));
    expect(await decide({ ...lappiSession, policies: withoutNullGuard }, { keys: undefined })).toBe('Allowed');
  });
});

describe("the API function's own role", () => {
  it.each(['PLATFORM#TENANT', 'PLATFORM#TENANTS', 'NATIONAL#ORGANISATIONS', 'NETWORK#FEED'])('may read %s', async (key) => {
    expect(await decide(functionRole, { keys: [key] })).toBe('Allowed');
  });

  it.each([
    ['tenant data', { keys: ['T#lappi'] }],
    ['tenant items', { keys: ['T#lappi#REFERRAL#1'] }],
    ['a look-alike of a shared prefix', { keys: ['PLATFORMX#1'] }],
    ['a request that names no partition key', { keys: undefined }],
    ['Scan', { action: 'dynamodb:Scan', keys: undefined }],
    ['DeleteTable', { action: 'dynamodb:DeleteTable', keys: undefined }],
  ] satisfies [string, DataRequest][])('may not reach %s', async (_, request) => {
    expect(await decide(functionRole, request)).not.toBe('Allowed');
  });
});

describe('assuming the tenant role', () => {
  const assume = async (principalArn: string, action: string, tags: Record<string, string>) => {
    const contextVariables: Record<string, string | string[]> = Object.fromEntries(Object.entries(tags).map(([key, value]) => [`aws:RequestTag/${key}`, value]));
    if (Object.keys(tags).length > 0) contextVariables['aws:TagKeys'] = Object.keys(tags);
    const result = await runSimulation(
      {
        request: { principal: principalArn, action, resource: { resource: tenantRoleArn, accountId: testAccount }, contextVariables },
        identityPolicies: principalArn === apiRoleArn ? apiRolePolicies : [{ name: 'AllowAll', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: policies.trustPolicyOf(tenantRoleId),
      },
      {},
    );
    if (result.resultType === 'error') throw new Error(`simulation rejected: ${JSON.stringify(result.errors)}`);
    return result.overallResult;
  };

  it('is allowed for the API function with a tenant tag', async () => {
    expect(await assume(apiRoleArn, 'sts:AssumeRole', {})).toBe('Allowed');
    expect(await assume(apiRoleArn, 'sts:TagSession', { tenant: 'lappi' })).toBe('Allowed');
  });

  it.each([
    ['a wildcard, which would match every tenant', { tenant: '*' }],
    ['a single-character wildcard', { tenant: 'lapp?' }],
    ['the key separator', { tenant: 'lappi#REFERRAL' }],
    ['an empty tenant', { tenant: '' }],
    ['a second tag', { tenant: 'lappi', role: 'admin' }],
  ])('refuses a session tag with %s', async (_, tags) => {
    expect(await assume(apiRoleArn, 'sts:TagSession', tags)).not.toBe('Allowed');
  });

  it('is refused to any other principal of the account, whatever its own policies allow', async () => {
    const other = `arn:aws:iam::${testAccount}:role/SomeOtherRole`;
    expect(await assume(other, 'sts:AssumeRole', {})).not.toBe('Allowed');
    expect(await assume(other, 'sts:TagSession', { tenant: 'lappi' })).not.toBe('Allowed');
  });
});
