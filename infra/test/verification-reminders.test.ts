import { describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const reminders = stack.verificationReminders;
const role = reminders.function.role;
if (!role) throw new Error('the verification reminders function has no role');
const tableArn = `arn:aws:dynamodb:${testRegion}:${testAccount}:table/${logicalId(stack.data.table)}`;
const statements = resolveTokens(template, { account: testAccount, region: testRegion })
  .identityPoliciesOf(logicalId(role))
  .flatMap(({ policy }) => policy.Statement);
const dynamoStatements = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
const bySid = Object.fromEntries(dynamoStatements.map((statement) => [statement.Sid, statement]));
const leadingKeysOf = (sid: string) => bySid[sid]!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];

describe('monthly verification reminders', () => {
  it('run on the first of every month from an EventBridge schedule, retried twice, with the app URL for links', () => {
    expect(resources[logicalId(reminders.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 6 1 * ? *)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [logicalId(reminders.function), 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 } }],
    });
    expect(Object.keys(resources[logicalId(reminders.function)]!.Properties.Environment.Variables).sort()).toEqual(['APP_URL', 'NODE_OPTIONS', 'POWERTOOLS_SERVICE_NAME', 'TABLE_NAME']);
  });

  it('read the registry, the published sets, organisations and profiles, and only put into the outbox', () => {
    expect(Object.keys(bySid).sort()).toEqual(['NoContactRequests', 'OrganisationsAndEditors', 'OutboxItems', 'PublishedSets', 'TenantRegistry']);
    expect(leadingKeysOf('TenantRegistry')).toEqual(['PLATFORM#TENANTS']);
    expect(actionsOf(bySid.PublishedSets)).toEqual(['dynamodb:Query']);
    expect(leadingKeysOf('PublishedSets')).toEqual(['T#*#PUBLISHED#*']);
    expect(actionsOf(bySid.OrganisationsAndEditors)).toEqual(['dynamodb:GetItem']);
    expect(leadingKeysOf('OrganisationsAndEditors')).toEqual(['T#*#ORG#*', 'T#*#USERS']);
    expect(actionsOf(bySid.OutboxItems)).toEqual(['dynamodb:PutItem']);
    expect(leadingKeysOf('OutboxItems')).toEqual(['T#*#OUTBOX']);
    for (const statement of dynamoStatements) expect(actionsOf(statement)).not.toContain('dynamodb:Scan');
  });

  it('are denied every contact-request partition, which the organisation pattern would otherwise match', () => {
    const deny = bySid.NoContactRequests!;
    expect(deny.Effect).toBe('Deny');
    expect(actionsOf(deny)).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']));
    expect(deny.Condition?.['ForAnyValue:StringLike']?.['dynamodb:LeadingKeys']).toEqual(['T#*#CONTACTS']);
    expect(deny.Resource).toEqual([tableArn, `${tableArn}/index/*`]);
  });
});
