import { Duration } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import type { DataTable } from './data-table';
import { createNodeFunction } from './node-function';

export interface StreamConsumerProps {
  /** The handler file; under `functions/src/events/` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  /** The table whose stream feeds the function. */
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
  /** The `POWERTOOLS_SERVICE_NAME` of its logs. */
  readonly serviceName: string;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  /** The only records that invoke the function; Lambda drops every other record before it. */
  readonly filter: Record<string, unknown>;
  readonly batchSize: number;
  /** How long a failing record is retried before its position goes to the dead-letter queue. */
  readonly maxRecordAge: Duration;
  /** What the records are, for the dead-letter queue's description ("outbox notifications"). */
  readonly records: string;
}

/**
 * A function fed by the table stream. A failed record is reported on its own, so a retry repeats
 * only what failed; a batch that fails as a whole is halved until the bad record is alone; a record
 * that keeps failing is noted (its position, not its content) in an encrypted dead-letter queue.
 * The role gets nothing of the table's items here: each consumer adds exactly what it needs.
 */
export class StreamConsumer extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  /** Where Lambda notes the stream records it gave up on. */
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: StreamConsumerProps) {
    super(scope, id);
    const {
      function: fn,
      role,
      logGroup,
    } = createNodeFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      memorySize: 512,
      timeout: props.timeout,
      environment: { POWERTOOLS_SERVICE_NAME: props.serviceName, ...props.environment },
    });
    this.function = fn;
    this.role = role;
    this.logGroup = logGroup;
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    fn.addEventSource(
      new DynamoEventSource(props.data.table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: props.batchSize,
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: props.maxRecordAge,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [props.filter],
      }),
    );
    acknowledge(
      role,
      'IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords and DynamoDB ListStreams (needed to read the table stream) support no resource-level permissions; they are the only actions on "*".',
    );
    acknowledge(
      this.deadLetterQueue,
      'SQS3',
      `This queue is itself the dead-letter queue: the on-failure destination of the stream mapping, holding the positions of ${props.records} that could not be handled.`,
    );
  }
}
