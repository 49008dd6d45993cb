import { describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const digest = stack.networkDigest;
const role = digest.function.role;
if (!role) throw new Error('the network digest has no role');
const roleId = logicalId(role);
const tableArn = `arn:aws:dynamodb:${testRegion}:${testAccount}:table/${logicalId(stack.data.table)}`;
const statements = resolveTokens(template, { account: testAccount, region: testRegion })
  .identityPoliciesOf(roleId)
  .flatMap(({ policy }) => policy.Statement);
const dynamoStatements = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));

describe('weekly network digest', () => {
  it('runs every Monday morning from an EventBridge schedule, retried twice', () => {
    expect(resources[logicalId(digest.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 5 ? * MON *)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(digest.function), 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 } }],
    });
  });

  it('runs on arm64 Node.js 22 and knows the table and the app URL, nothing else', () => {
    const { Properties } = resources[logicalId(digest.function)]!;
    expect(Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs22.x', TracingConfig: { Mode: 'Active' } });
    expect(Object.keys(Properties.Environment.Variables).sort()).toEqual(['APP_URL', 'NODE_OPTIONS', 'POWERTOOLS_SERVICE_NAME', 'TABLE_NAME']);
  });

  it('reads and marks network items only, and may only put items into county outboxes', () => {
    const byId = Object.fromEntries(dynamoStatements.map((statement) => [statement.Sid, statement]));
    expect(Object.keys(byId).sort()).toEqual(['NetworkItems', 'OutboxItems']);
    expect(actionsOf(byId.NetworkItems).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(byId.NetworkItems!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['NETWORK', 'NETWORK#*']);
    expect(actionsOf(byId.OutboxItems)).toEqual(['dynamodb:PutItem']);
    expect(byId.OutboxItems!.Resource).toEqual(tableArn);
    expect(byId.OutboxItems!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['T#*#OUTBOX']);
    for (const statement of dynamoStatements) expect(statement.Condition?.Null).toEqual({ 'dynamodb:LeadingKeys': 'false' });
  });
});
