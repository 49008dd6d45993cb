import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { keyPrefixes, notificationDeliveryAttributes, outboxPartitionName } from '@linkki/db';
import type { DataTable } from './data-table';
import { confinedStatement, tableKeyStatement } from './leading-keys-policy';
import { filterRule } from './filter-rules';
import { StreamConsumer } from './stream-consumer';

export interface OutboxSenderProps {
  /** The handler file; `functions/src/events/outbox-send.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  /** The workspace root: esbuild runs there and resolves the handler's packages from it. */
  readonly projectRoot: string;
  /** The table whose stream carries new outbox items. */
  readonly data: DataTable;
  /** The sender of every notification; its domain is the SES identity the function may send as. */
  readonly fromAddress: string;
  readonly logRetention: logs.RetentionDays;
}

/**
 * Only new outbox items invoke the function: everything else on the stream (other entities,
 * updates, deletions, TTL expiry of sent notifications) is dropped by Lambda before it.
 */
export const outboxFilter = lambda.FilterCriteria.filter({
  eventName: filterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { entity: { S: filterRule.isEqual('notification') } } },
});

/** Every county's outbox partition, `T#<any county>#OUTBOX`, and no other key of a county. */
export const countyOutboxLeadingKeys = [`${keyPrefixes.tenant}#*#${outboxPartitionName}`];

/** The domain of `address`, which SES verifies as the sending identity. */
const domainOf = (address: string): string => {
  const domain = address.split('@')[1];
  if (!domain) throw new Error(`Not an email address: ${address}`);
  return domain;
};

/**
 * Sends the notifications written to the tenants' outboxes, by SES, as they arrive on the table
 * stream, in batches of up to 25. Of the table its role reaches only the delivery record of
 * outbox items (the claim of a send and when it went), never a message or its recipients beyond
 * what the stream brings. A record that keeps failing is retried for at most an hour.
 */
export class OutboxSender extends StreamConsumer {
  /** `arn:aws:ses:<region>:<account>:identity/<domain>`, the only identity it may send as. */
  readonly senderIdentityArn: string;

  constructor(scope: Construct, id: string, props: OutboxSenderProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-outbox',
      timeout: Duration.seconds(30),
      environment: { NOTIFICATION_FROM_ADDRESS: props.fromAddress, TABLE_NAME: props.data.table.tableName },
      filter: outboxFilter,
      batchSize: 25,
      maxRecordAge: Duration.hours(1),
      records: 'outbox notifications',
    });
    this.senderIdentityArn = Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: domainOf(props.fromAddress) });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'SendAsTheNotificationSender',
        actions: ['ses:SendEmail'],
        resources: [this.senderIdentityArn],
        conditions: { StringEquals: { 'ses:FromAddress': props.fromAddress } },
      }),
    );
    const { table, key } = props.data;
    const delivery = confinedStatement({ sid: 'RecordDeliveries', actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [table.tableArn], leadingKeys: countyOutboxLeadingKeys });
    delivery.addCondition('ForAllValues:StringEquals', { 'dynamodb:Attributes': [...notificationDeliveryAttributes] });
    // ForAllValues holds for a GetItem that names no attributes, and that one returns the whole item.
    delivery.addCondition('Null', { 'dynamodb:Attributes': 'false' });
    delivery.addCondition('StringEqualsIfExists', { 'dynamodb:ReturnValues': 'NONE' });
    this.role.addToPrincipalPolicy(delivery);
    this.role.addToPrincipalPolicy(tableKeyStatement(this, 'TableKey', key.keyArn));
  }
}
