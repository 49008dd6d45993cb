import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type ConfinedAccess, createConfinedTableFunction } from './confined-table-function';
import type { DataTable } from './data-table';

export type { ConfinedAccess };

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
  /** 512 MB unless the job holds more than a page of items at a time. */
  readonly memorySize?: number;
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
    const { function: fn, logGroup } = createConfinedTableFunction(this, { ...props, memorySize: props.memorySize ?? 512 });
    this.function = fn;
    this.logGroup = logGroup;
    this.rule = new events.Rule(this, 'Schedule', {
      schedule: props.schedule,
      targets: [new targets.LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(6) })],
    });
  }
}
