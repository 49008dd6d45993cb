import { describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { type DataRequest, decideDataRequest } from './helpers/iam-simulation';
import { actionsOf, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;

const trigger = stack.preToken.function;
const role = trigger.role;
if (!role) throw new Error('the pre-token trigger has no role');
const roleId = logicalId(role);
const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const tableArn = policies.arnOf(logicalId(stack.data.table));
const rolePolicies = policies.identityPoliciesOf(roleId);
const statements = rolePolicies.flatMap(({ policy }) => policy.Statement);
const dynamoStatements = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
const triggerRole = { arn: `arn:aws:sts::${testAccount}:assumed-role/${roleId}/pre-token`, accountId: testAccount, policies: rolePolicies };

describe('pre-token trigger function', () => {
  it('runs on arm64 Node.js 22 within the five seconds Cognito waits, knowing the table and nothing else', () => {
    const properties = resources[logicalId(trigger)]!.Properties;
    expect(properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs22.x', Timeout: 5, TracingConfig: { Mode: 'Active' } });
    expect(properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: logicalId(stack.data.table) },
      POWERTOOLS_SERVICE_NAME: 'linkki-pre-token',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it("is the user pool's pre-token-generation trigger (V1 event), which only Cognito of this pool may invoke", () => {
    const pool = resources[logicalId(stack.auth.userPool)]!.Properties;
    expect(pool.LambdaConfig).toEqual({ PreTokenGeneration: { 'Fn::GetAtt': [logicalId(trigger), 'Arn'] } });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [logicalId(trigger), 'Arn'] },
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(stack.auth.userPool), 'Arn'] },
    });
  });
});

describe("the trigger's role", () => {
  it('may get, update, put and delete memberships only, on the table and not its indexes, with the Null guard', () => {
    expect(dynamoStatements).toHaveLength(2);
    const memberships = dynamoStatements.find((statement) => statement.Sid === 'Memberships');
    expect(memberships!.Sid).toBe('Memberships');
    expect(actionsOf(memberships!).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(memberships!.Resource).toEqual(tableArn);
    expect(memberships!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*#USERS', 'PLATFORM#USERS'] },
      Null: { 'dynamodb:LeadingKeys': 'false' },
    });
    expect(policies.managedPolicyArnsOf(roleId)).toEqual([]);
  });

  it('may use the table key through DynamoDB only', () => {
    const key = statements.find((statement) => statement.Sid === 'TableKey');
    expect(key?.Resource).toBe(policies.attributeOf(logicalId(stack.data.key), 'Arn'));
    expect(key?.Condition).toEqual({ StringEquals: { 'kms:ViaService': `dynamodb.${testRegion}.amazonaws.com` } });
  });

  it.each([
    ["a county's membership", { keys: ['T#lappi#USERS'] }],
    ['a platform-wide membership', { keys: ['PLATFORM#USERS'] }],
    ['marking a membership active', { action: 'dynamodb:UpdateItem', keys: ['T#lappi#USERS'] }],
    ["moving a federated person's invitation", { action: 'dynamodb:PutItem', keys: ['T#lappi#USERS'] }],
    ['removing the pending invitation it moved', { action: 'dynamodb:DeleteItem', keys: ['T#lappi#USERS'] }],
    ['activating an onboarded county', { action: 'dynamodb:UpdateItem', keys: ['PLATFORM#TENANTS'] }],
  ] satisfies [string, Omit<DataRequest, 'resource'>][])('is allowed: %s', async (_, request) => {
    expect(await decideDataRequest(triggerRole, { ...request, resource: tableArn })).toBe('Allowed');
  });

  it.each([
    ['a referral', { keys: ['T#lappi#REF#x'] }],
    ["a county's own partition", { keys: ['T#lappi'] }],
    ['deleting from the tenant registry', { action: 'dynamodb:DeleteItem', keys: ['PLATFORM#TENANTS'] }],
    ['national pathways', { keys: ['NATIONAL#PATHWAY#x'] }],
    ['a Query of memberships', { action: 'dynamodb:Query', keys: ['T#lappi#USERS'] }],
    ['a Scan', { action: 'dynamodb:Scan' }],
    ['a request that names no partition key', {}],
    ['writing into a referral', { action: 'dynamodb:PutItem', keys: ['T#lappi#REF#x'] }],
    ["deleting a county's outbox", { action: 'dynamodb:DeleteItem', keys: ['T#lappi#OUTBOX'] }],
  ] satisfies [string, Omit<DataRequest, 'resource'>][])('is denied: %s', async (_, request) => {
    expect(await decideDataRequest(triggerRole, { ...request, resource: tableArn })).not.toBe('Allowed');
  });

  it('is denied memberships through an index', async () => {
    expect(await decideDataRequest(triggerRole, { keys: ['T#lappi#USERS'], resource: `${tableArn}/index/gsi1` })).not.toBe('Allowed');
  });
});
