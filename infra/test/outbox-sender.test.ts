import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { notificationDeliveryAttributes } from '@linkki/db';
import { itemActions } from '../lib/constructs/leading-keys-policy';
import { logicalIdOf, synthesizeTestStack, testAccount, testRegion } from './helpers/test-stack';
import { actionsOf, resolveTokens } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;

const outboxRole = stack.outbox.function.role;
if (!outboxRole) throw new Error('the outbox sender has no role');
const roleId = logicalId(outboxRole);
const policies = resolveTokens(template, { account: testAccount, region: testRegion });
const statements = policies.identityPoliciesOf(roleId).flatMap(({ policy }) => policy.Statement);
const identityArn = `arn:aws:ses:${testRegion}:${testAccount}:identity/linkki.example.fi`;

const streamMapping = () => {
  const outboxFunction = { Ref: logicalId(stack.outbox.function) };
  const mappings = Object.values(resources).filter(
    (resource) => resource.Type === 'AWS::Lambda::EventSourceMapping' && JSON.stringify(resource.Properties.FunctionName) === JSON.stringify(outboxFunction),
  );
  expect(mappings).toHaveLength(1);
  return mappings[0]!.Properties;
};

describe('outbox sender function', () => {
  it('runs on arm64 Node.js 22 with tracing, logging to a retained group of its own', () => {
    expect(resources[logicalId(stack.outbox.function)]!.Properties).toMatchObject({
      Architectures: ['arm64'],
      Runtime: 'nodejs22.x',
      TracingConfig: { Mode: 'Active' },
      Role: { 'Fn::GetAtt': [roleId, 'Arn'] },
      LoggingConfig: { LogGroup: { Ref: logicalId(stack.outbox.logGroup) } },
    });
    expect(resources[logicalId(stack.outbox.logGroup)]!.Properties.RetentionInDays).toBe(365);
  });

  it('gets the sender address and the table it records deliveries in', () => {
    expect(resources[logicalId(stack.outbox.function)]!.Properties.Environment.Variables).toEqual({
      NOTIFICATION_FROM_ADDRESS: 'linkki@linkki.example.fi',
      TABLE_NAME: { Ref: logicalId(stack.data.table) },
      POWERTOOLS_SERVICE_NAME: 'linkki-outbox',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });
});

describe('outbox stream mapping', () => {
  it('reads the table stream from the latest record, reporting failures per record', () => {
    expect(streamMapping()).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.data.table), 'StreamArn'] },
      FunctionName: { Ref: logicalId(stack.outbox.function) },
      StartingPosition: 'LATEST',
      BatchSize: 25,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 3600,
    });
  });

  it('lets only inserts of notification items through', () => {
    const filters = streamMapping().FilterCriteria.Filters as { Pattern: string }[];
    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['notification'] } } } }]);
  });

  it('notes records it gives up on in an encrypted queue reachable only over TLS', () => {
    const queue = logicalId(stack.outbox.deadLetterQueue);
    expect(streamMapping().DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } });
    expect(resources[queue]!.Properties.SqsManagedSseEnabled).toBe(true);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});

describe("outbox sender's role", () => {
  const dynamoActions = statements.flatMap(actionsOf).filter((action) => action.startsWith('dynamodb:'));

  it('reads the stream, and of the table only the delivery record of outbox items: no other item, scan or wildcard action', () => {
    expect(dynamoActions.sort()).toEqual(['dynamodb:DescribeStream', 'dynamodb:GetItem', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', 'dynamodb:UpdateItem']);
    for (const action of [
      ...itemActions.filter((action) => action !== 'dynamodb:GetItem' && action !== 'dynamodb:UpdateItem'),
      'dynamodb:Scan',
      'dynamodb:TransactGetItems',
      'dynamodb:PartiQLSelect',
    ]) {
      expect(dynamoActions).not.toContain(action);
    }
    const readsRecords = statements.find((statement) => actionsOf(statement).includes('dynamodb:GetRecords'));
    expect(readsRecords?.Resource).toBe(policies.attributeOf(logicalId(stack.data.table), 'StreamArn'));
  });

  it('may claim and mark a send only in the outbox partitions, through the delivery attributes alone', () => {
    const delivery = statements.filter((statement) => actionsOf(statement).includes('dynamodb:UpdateItem'));
    expect(delivery).toHaveLength(1);
    expect(actionsOf(delivery[0]!).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(delivery[0]!.Resource).toEqual(policies.attributeOf(logicalId(stack.data.table), 'Arn'));
    expect(delivery[0]!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*#OUTBOX'] },
      // Without attributes named, a GetItem would return the whole item: the message and its recipients.
      Null: { 'dynamodb:LeadingKeys': 'false', 'dynamodb:Attributes': 'false' },
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...notificationDeliveryAttributes] },
      StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
    });
  });

  it('uses the table key only through DynamoDB, for the encrypted stream and the delivery record', () => {
    const keyArn = policies.arnOf(logicalId(stack.data.key));
    const keyStatements = statements.filter((statement) => [statement.Resource].flat().includes(keyArn));
    expect(keyStatements.flatMap(actionsOf).sort()).toEqual(['kms:Decrypt', 'kms:Decrypt', 'kms:DescribeKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']);
    const encrypting = keyStatements.filter((statement) => actionsOf(statement).includes('kms:Encrypt'));
    expect(encrypting.map((statement) => statement.Condition)).toEqual([{ StringEquals: { 'kms:ViaService': `dynamodb.${testRegion}.amazonaws.com` } }]);
  });

  it('sends email only as the configured sender, through its SES identity', () => {
    const sending = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('ses:')));
    expect(sending).toHaveLength(1);
    expect(actionsOf(sending[0]!)).toEqual(['ses:SendEmail']);
    expect(sending[0]!.Resource).toBe(identityArn);
    expect(sending[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'linkki@linkki.example.fi' } });
    expect(policies.managedPolicyArnsOf(roleId)).toEqual([]);
  });

  it('names the identity in the deploying account when synthesized without one', () => {
    const agnostic = synthesizeTestStack({}, { stage: 'dev', account: undefined });
    const role = agnostic.stack.outbox.function.role!;
    const document = resolveTokens(agnostic.template, { account: '444455556666', region: testRegion }).identityPoliciesOf(logicalIdOf(agnostic.stack, role));
    const sesResources = document.flatMap(({ policy }) => policy.Statement).filter((statement) => actionsOf(statement).includes('ses:SendEmail'));
    expect(sesResources.map((statement) => statement.Resource)).toEqual([`arn:aws:ses:${testRegion}:444455556666:identity/dev.linkki.example.fi`]);
  });
});

describe('outbox alarms', () => {
  const alarmOf = (id: string) => resources[logicalId(stack.alarms.alarms.find((alarm) => alarm.node.id === id)!)]!.Properties;

  it('fire on failed invocations and on any record in the dead-letter queue, to the alarm topic', () => {
    const topic = { Ref: logicalId(stack.alarms.topic) };
    expect(alarmOf('OutboxFunctionErrors')).toMatchObject({
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack.outbox.function) } }],
      AlarmActions: [topic],
    });
    expect(alarmOf('OutboxDeadLetters')).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Statistic: 'Maximum',
      Threshold: 1,
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack.outbox.deadLetterQueue), 'QueueName'] } }],
      AlarmActions: [topic],
    });
  });
});
