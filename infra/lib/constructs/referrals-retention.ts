import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { keyPrefixes } from '../../../packages/db/src/table';
import { acknowledge } from '../nag';
import type { DataTable } from './data-table';
import { confinedStatement, tableKeyStatement } from './leading-keys-policy';
import { createNodeFunction } from './node-function';

export interface ReferralsRetentionProps {
  /** The handler file; `functions/src/events/referrals-retention.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
}

/** The tenant registry, which names the counties to clean. */
export const tenantRegistryLeadingKeys = [`${keyPrefixes.platform}#TENANTS`];
/** Of each county only its settings, its closed-referral index and its referrals' own partitions (with their audit trails). */
export const retentionLeadingKeys = [`${keyPrefixes.tenant}#*#SETTINGS`, `${keyPrefixes.tenant}#*#REFERRALS-CLOSED`, `${keyPrefixes.tenant}#*#REF#*`];
const retentionActions = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];

/** Daily at 02:30 UTC, at night in Finland. */
export const referralsRetentionSchedule = events.Schedule.cron({ hour: '2', minute: '30' });

/**
 * Once a day removes the personal data of referrals closed longer ago than their county keeps
 * them. It reads the tenant registry and, of each county, only the partitions the cleaning needs;
 * it cannot scan and touches no index.
 */
export class ReferralsRetention extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ReferralsRetentionProps) {
    super(scope, id);
    const { function: fn, role, logGroup } = createNodeFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      memorySize: 512,
      timeout: Duration.minutes(10),
      environment: { TABLE_NAME: props.data.table.tableName, POWERTOOLS_SERVICE_NAME: 'linkki-referrals-retention' },
    });
    this.function = fn;
    this.logGroup = logGroup;
    const tableArn = props.data.table.tableArn;
    // The table itself only: no index, so no listing of a county's referrals by anything but their keys.
    role.addToPrincipalPolicy(confinedStatement({ sid: 'TenantRegistry', actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: [tableArn], leadingKeys: tenantRegistryLeadingKeys }));
    role.addToPrincipalPolicy(confinedStatement({ sid: 'ReferralRetention', actions: retentionActions, resources: [tableArn], leadingKeys: retentionLeadingKeys }));
    role.addToPrincipalPolicy(tableKeyStatement(this, 'TableKey', props.data.key.keyArn));
    this.rule = new events.Rule(this, 'Daily', { schedule: referralsRetentionSchedule, targets: [new targets.LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(6) })] });
    acknowledge(role, 'IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".');
  }
}
