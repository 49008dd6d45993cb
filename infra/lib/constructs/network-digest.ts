import { type CfnResource, Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { keyPrefixes } from '../../../packages/db/src/table';
import { acknowledge, wildcardResourceFinding } from '../nag';
import type { DataTable } from './data-table';
import { confinedStatement, leadingKeyPatterns, tableKeyStatement } from './leading-keys-policy';
import { createNodeFunction } from './node-function';

export interface NetworkDigestProps {
  /** The handler file; `functions/src/events/network-digest.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  /** The web app's public URL, for the links in the digest. */
  readonly appUrl: string;
  readonly logRetention: logs.RetentionDays;
}

/** Every county's outbox partition, `T#<tenant>#OUTBOX`, and nothing else of a county. */
export const outboxLeadingKeys = [`${keyPrefixes.tenant}#*#OUTBOX`];
export const networkDigestSchedule = events.Schedule.cron({ weekDay: 'MON', hour: '5', minute: '0' });

/**
 * Every Monday morning queues each subscribed member's digest of the network topics they follow
 * in their own county's outbox. It reads and marks only network items, and may only put items
 * into outbox partitions: no other county data is reachable by it.
 */
export class NetworkDigest extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: NetworkDigestProps) {
    super(scope, id);
    const { function: fn, role, logGroup } = createNodeFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: { TABLE_NAME: props.data.table.tableName, APP_URL: props.appUrl, POWERTOOLS_SERVICE_NAME: 'linkki-network-digest' },
    });
    this.function = fn;
    this.logGroup = logGroup;
    const tableArn = props.data.table.tableArn;
    const networkActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'];
    role.addToPrincipalPolicy(confinedStatement({ sid: 'NetworkItems', actions: networkActions, resources: [tableArn, `${tableArn}/index/*`], leadingKeys: leadingKeyPatterns(keyPrefixes.network) }));
    role.addToPrincipalPolicy(confinedStatement({ sid: 'OutboxItems', actions: ['dynamodb:PutItem'], resources: [tableArn], leadingKeys: outboxLeadingKeys }));
    role.addToPrincipalPolicy(tableKeyStatement(this, 'TableKey', props.data.key.keyArn));
    this.rule = new events.Rule(this, 'Weekly', { schedule: networkDigestSchedule, targets: [new targets.LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(6) })] });
    acknowledge(role, 'IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".');
    acknowledge(
      role,
      wildcardResourceFinding(props.data.table.node.defaultChild as CfnResource, 'Arn', '/index/*'),
      'The wildcard names the indexes of this one table only; dynamodb:LeadingKeys confines every request on them to network keys.',
    );
  }
}
