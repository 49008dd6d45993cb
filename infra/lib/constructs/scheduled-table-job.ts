import { type CfnResource, Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from '../nag';
import type { DataTable } from './data-table';
import { confinedStatement, tableKeyStatement } from './leading-keys-policy';
import { createNodeFunction } from './node-function';

/** One grant of a job: these actions, on requests whose every partition key matches `leadingKeys`. */
export interface ConfinedAccess {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly leadingKeys: readonly string[];
  /** Whether the grant reaches the table's indexes too; by default it names the table only. */
  readonly indexes?: boolean;
}

export interface ScheduledTableJobProps {
  /** The handler file; under `functions/src/events/` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
  /** The `POWERTOOLS_SERVICE_NAME` of its logs. */
  readonly serviceName: string;
  readonly schedule: events.Schedule;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  /** All the table access the job has; nothing else of the table is reachable by it. */
  readonly access: readonly ConfinedAccess[];
}

/**
 * A function run on a schedule against the table, with item access confined to the partitions
 * named in `access`. A failed run is retried twice within six hours.
 */
export class ScheduledTableJob extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ScheduledTableJobProps) {
    super(scope, id);
    const { table, key } = props.data;
    const { function: fn, role, logGroup } = createNodeFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      memorySize: 512,
      timeout: props.timeout,
      environment: { TABLE_NAME: table.tableName, POWERTOOLS_SERVICE_NAME: props.serviceName, ...props.environment },
    });
    this.function = fn;
    this.logGroup = logGroup;
    for (const { indexes, ...access } of props.access) {
      const resources = indexes ? [table.tableArn, `${table.tableArn}/index/*`] : [table.tableArn];
      role.addToPrincipalPolicy(confinedStatement({ ...access, resources }));
    }
    role.addToPrincipalPolicy(tableKeyStatement(this, 'TableKey', key.keyArn));
    this.rule = new events.Rule(this, 'Schedule', {
      schedule: props.schedule,
      targets: [new targets.LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(6) })],
    });
    acknowledge(role, 'IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".');
    if (props.access.some((access) => access.indexes)) {
      acknowledge(
        role,
        wildcardResourceFinding(table.node.defaultChild as CfnResource, 'Arn', '/index/*'),
        'The wildcard names the indexes of this one table only; dynamodb:LeadingKeys confines every request on them to the partitions the job is granted.',
      );
    }
  }
}
