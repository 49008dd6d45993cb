import { describe, expect, it } from 'vitest';
import { itemActions } from '../lib/constructs/leading-keys-policy';
import { pathwayNewsAttributes } from '@linkki/db';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, flatten, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const statementsOf = (role: { node: { defaultChild?: unknown } } | undefined) => {
  if (!role) throw new Error('the function has no role');
  return policies.identityPoliciesOf(logicalId(role)).flatMap(({ policy }) => policy.Statement);
};

const fanOutStatements = statementsOf(stack.pathwayFanOut.function.role);
const itemStatements = fanOutStatements.filter((statement) => actionsOf(statement).some((action) => (itemActions as readonly string[]).includes(action)));

const mapping = () => {
  const functionRef = { Ref: logicalId(stack.pathwayFanOut.function) };
  const found = Object.values(resources).filter((resource) => resource.Type === 'AWS::Lambda::EventSourceMapping' && flatten(resource.Properties.FunctionName) === flatten(functionRef));
  expect(found).toHaveLength(1);
  return found[0]!.Properties;
};

describe('pathway fan-out function', () => {
  it('is invoked only by inserts of national pathway versions on the table stream', () => {
    const properties = mapping();
    expect(properties).toMatchObject({ EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.data.table), 'StreamArn'] }, StartingPosition: 'LATEST', FunctionResponseTypes: ['ReportBatchItemFailures'] });
    expect((properties.FilterCriteria.Filters as { Pattern: string }[]).map((filter) => JSON.parse(filter.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['pathwayVersion'] }, pk: { S: [{ prefix: 'NATIONAL#PATHWAY#' }] } } } },
    ]);
  });

  it('may put news items into county news partitions and nothing else of a county', () => {
    expect(itemStatements.map((statement) => actionsOf(statement))).toEqual([['dynamodb:Query'], ['dynamodb:PutItem']]);
    const [registry, news] = itemStatements;
    expect(registry!.Condition).toMatchObject({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PLATFORM#TENANTS'] } });
    expect(news!.Resource).toEqual(policies.attributeOf(logicalId(stack.data.table), 'Arn'));
    expect(news!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*#PATHWAY-NEWS'] },
      Null: { 'dynamodb:LeadingKeys': 'false' },
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...pathwayNewsAttributes] },
      StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:ReturnValues': 'NONE' },
    });
    const dynamoActions = fanOutStatements.flatMap(actionsOf).filter((action) => action.startsWith('dynamodb:'));
    for (const action of ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:BatchWriteItem', 'dynamodb:Scan']) expect(dynamoActions).not.toContain(action);
  });

  it("leaves the API function's role without any write into the county news partitions", () => {
    const api = statementsOf(stack.api.function.role);
    expect(flatten(api)).not.toContain('PATHWAY-NEWS');
    expect(flatten(api)).not.toContain('T#*');
  });
});
