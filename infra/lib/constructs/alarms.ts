import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface AlarmsProps {
  readonly apiFunction: lambda.IFunction;
  readonly httpApi: apigwv2.IHttpApi;
  readonly table: dynamodb.ITable;
  /** The functions that run off the request path: stream consumers and scheduled jobs. */
  readonly background: readonly BackgroundFunction[];
  readonly email?: string;
}

export interface BackgroundFunction {
  /** Begins the alarms' ids: `<id>FunctionErrors`, `<id>DeadLetters`. */
  readonly id: string;
  /** What it is and what waits when it fails: "The outbox sender … their notifications wait for a retry". */
  readonly failure: string;
  readonly function: lambda.IFunction;
  /** Failed invocations in five minutes that alarm; 1 unless failing is also how the function says no. */
  readonly errorThreshold?: number;
  /** For a stream consumer, the queue of records it gave up on; and what was lost then. */
  readonly deadLetters?: { readonly queue: sqs.IQueue; readonly loss: string };
}

/** The item operations the API performs; DynamoDB reports throttles and system errors per operation. */
const tableOperations = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.BATCH_WRITE_ITEM,
  dynamodb.Operation.TRANSACT_GET_ITEMS,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
];

interface AlarmSpec {
  readonly id: string;
  readonly description: string;
  readonly metric: cloudwatch.IMetric;
  /** Breaches at this value over five minutes (the metric's own statistic) or more. */
  readonly threshold: number;
}

const fiveMinutes = { period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM };

const requestPathSpecs = ({ apiFunction, httpApi, table }: AlarmsProps): AlarmSpec[] => [
  { id: 'ApiFunctionErrors', description: 'The API function failed invocations (uncaught errors, timeouts).', metric: apiFunction.metricErrors(fiveMinutes), threshold: 1 },
  { id: 'ApiFunctionThrottles', description: 'The API function was throttled: concurrency is exhausted.', metric: apiFunction.metricThrottles(fiveMinutes), threshold: 1 },
  { id: 'HttpApi5xx', description: 'The HTTP API answered with 5xx errors.', metric: httpApi.metricServerError(fiveMinutes), threshold: 5 },
  {
    id: 'TableThrottles',
    description: 'DynamoDB throttled requests to the data table.',
    metric: table.metricThrottledRequestsForOperations({ ...fiveMinutes, operations: tableOperations }),
    threshold: 1,
  },
  {
    id: 'TableSystemErrors',
    description: 'DynamoDB returned system errors (HTTP 500) for the data table.',
    metric: table.metricSystemErrorsForOperations({ ...fiveMinutes, operations: tableOperations }),
    threshold: 1,
  },
];

const backgroundSpecs = ({ id, failure, function: fn, errorThreshold = 1, deadLetters }: BackgroundFunction): AlarmSpec[] => [
  { id: `${id}FunctionErrors`, description: `${failure}: failed invocations (uncaught errors, timeouts).`, metric: fn.metricErrors(fiveMinutes), threshold: errorThreshold },
  ...(deadLetters
    ? [
        {
          id: `${id}DeadLetters`,
          description: `${deadLetters.loss} The dead-letter queue names their positions in the stream.`,
          metric: deadLetters.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
          threshold: 1,
        },
      ]
    : []),
];

/** Alarms on the request path and on every function off it, all sent to one encrypted SNS topic. */
export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const key = new kms.Key(this, 'TopicKey', { description: 'Encrypts the Linkki alarm topic', enableKeyRotation: true });
    // CloudWatch publishes to an encrypted topic only if the key lets it encrypt.
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Linkki alarms', masterKey: key, enforceSSL: true });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

    const action = new actions.SnsAction(this.topic);
    this.alarms = [...requestPathSpecs(props), ...props.background.flatMap(backgroundSpecs)].map((spec) => {
      const alarm = new cloudwatch.Alarm(this, spec.id, {
        alarmDescription: spec.description,
        metric: spec.metric,
        threshold: spec.threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    });
  }
}
