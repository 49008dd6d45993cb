import { describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const retention = stack.referralsRetention;
const role = retention.function.role;
if (!role) throw new Error('the referral retention function has no role');
const tableArn = `arn:aws:dynamodb:${testRegion}:${testAccount}:table/${logicalId(stack.data.table)}`;
const statements = resolveTokens(template, { account: testAccount, region: testRegion })
  .identityPoliciesOf(logicalId(role))
  .flatMap(({ policy }) => policy.Statement);
const dynamoStatements = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));

describe('daily referral retention', () => {
  it('runs every night from an EventBridge schedule, retried twice', () => {
    expect(resources[logicalId(retention.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'cron(30 2 * * ? *)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(retention.function), 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 } }],
    });
  });

  it('runs on arm64 Node.js 22 and knows only the table', () => {
    const { Properties } = resources[logicalId(retention.function)]!;
    expect(Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs22.x', TracingConfig: { Mode: 'Active' } });
    expect(Object.keys(Properties.Environment.Variables).sort()).toEqual(['NODE_OPTIONS', 'POWERTOOLS_SERVICE_NAME', 'TABLE_NAME']);
  });

  it('reads the tenant registry and reaches only the referral partitions of the counties (and the statistics and score totals the scores move between), never by scan or index', () => {
    const byId = Object.fromEntries(dynamoStatements.map((statement) => [statement.Sid, statement]));
    expect(Object.keys(byId).sort()).toEqual(['ReferralRetention', 'TenantRegistry']);
    expect(actionsOf(byId.TenantRegistry).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    expect(byId.TenantRegistry!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['PLATFORM#TENANTS']);
    expect(byId.ReferralRetention!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toEqual([
      'T#*#SETTINGS',
      'T#*#REFERRALS-CLOSED',
      'T#*#REF#*',
      'T#*#REF-STATS',
      'T#*#REF-MEASURE-TOTALS',
    ]);
    for (const statement of dynamoStatements) {
      expect(statement.Resource).toEqual(tableArn);
      expect(actionsOf(statement)).not.toContain('dynamodb:Scan');
      expect(statement.Condition?.Null).toEqual({ 'dynamodb:LeadingKeys': 'false' });
    }
  });
});
