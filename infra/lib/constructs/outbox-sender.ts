import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import type { DataTable } from './data-table';
import { createNodeFunction } from './node-function';

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
  eventName: lambda.FilterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { entity: { S: lambda.FilterRule.isEqual('notification') } } },
});

/** The domain of `address`, which SES verifies as the sending identity. */
const domainOf = (address: string): string => {
  const domain = address.split('@')[1];
  if (!domain) throw new Error(`Not an email address: ${address}`);
  return domain;
};

/**
 * Sends the notifications written to the tenants' outboxes, by SES, as they arrive on the table
 * stream. It reads the stream only: its role grants no item access to the table at all. A record
 * that keeps failing is retried for at most an hour and then noted in an encrypted dead-letter queue.
 */
export class OutboxSender extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  /** Where Lambda notes the stream records it gave up on (their position, not their content). */
  readonly deadLetterQueue: sqs.Queue;
  /** `arn:aws:ses:<region>:<account>:identity/<domain>`, the only identity it may send as. */
  readonly senderIdentityArn: string;

  constructor(scope: Construct, id: string, props: OutboxSenderProps) {
    super(scope, id);
    const { function: fn, role, logGroup } = createNodeFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      memorySize: 512,
      timeout: Duration.seconds(30),
      environment: { NOTIFICATION_FROM_ADDRESS: props.fromAddress, POWERTOOLS_SERVICE_NAME: 'linkki-outbox' },
    });
    this.function = fn;
    this.logGroup = logGroup;
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    fn.addEventSource(this.streamSource(props.data));

    this.senderIdentityArn = Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: domainOf(props.fromAddress) });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'SendAsTheNotificationSender',
        actions: ['ses:SendEmail'],
        resources: [this.senderIdentityArn],
        conditions: { StringEquals: { 'ses:FromAddress': props.fromAddress } },
      }),
    );
    this.acknowledgeFindings(role);
  }

  /**
   * New outbox items in batches of up to 25. A failed send is reported per record, so a retry
   * repeats only what failed; a batch that fails as a whole is halved until the bad record is alone.
   */
  private streamSource(data: DataTable): DynamoEventSource {
    return new DynamoEventSource(data.table, {
      startingPosition: lambda.StartingPosition.LATEST,
      batchSize: 25,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: 5,
      maxRecordAge: Duration.hours(1),
      onFailure: new SqsDlq(this.deadLetterQueue),
      filters: [outboxFilter],
    });
  }

  private acknowledgeFindings(role: iam.Role): void {
    acknowledge(
      role,
      'IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords and DynamoDB ListStreams (needed to read the table stream) support no resource-level permissions; they are the only actions on "*".',
    );
    acknowledge(
      this.deadLetterQueue,
      'SQS3',
      'This queue is itself the dead-letter queue: the on-failure destination of the outbox stream mapping, holding the position of records that could not be sent.',
    );
  }
}
