import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { projectedScanStatement, tenantRegistryLeadingKeys } from './leading-keys-policy';
import { keyPrefixes, tableDefinition } from '@linkki/db';
import type { DataTable } from './data-table';
import { ScheduledTableJob } from './scheduled-table-job';

export interface UsageDailyProps {
  /** The handler file; `functions/src/events/usage-daily.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
}

const tenant = keyPrefixes.tenant;
/** The platform's usage partition: the daily records and the API's request counters. */
export const usageLeadingKeys = [`${keyPrefixes.platform}#USAGE`];
/** The index partitions the figures are counted on: each county's staff, published set (8 shards) and all its referrals. */
export const countedLeadingKeys = [`${tenant}#*#STAFF`, `${tenant}#*#PUBLISHED#*`, `${tenant}#*#REFERRALS`];
/** The one attribute the stored-items scan may ask for. */
export const scannedAttributes = [tableDefinition.partitionKey];

/** Daily at 03:00 UTC, at night in Finland, after the retention run has removed what it removes. */
export const usageDailySchedule = events.Schedule.cron({ hour: '3', minute: '0' });

/**
 * Once a day writes each county's usage of the day before, for the operator. What it may do:
 * - read the tenant registry, and read and write the platform's usage partition;
 * - count, never read, a county's staff, published listings and referrals on their indexes
 *   (`dynamodb:Select` must be `COUNT`, so no item comes back);
 * - Scan the table for partition keys only. LeadingKeys cannot confine a Scan, so the grant is
 *   confined by what it returns instead: `Select` must be `SPECIFIC_ATTRIBUTES` and every
 *   attribute named must be `pk`. Without the `Select` requirement a Scan naming no attributes
 *   would satisfy `ForAllValues` vacuously and return whole items. DynamoDB still returns each
 *   page's last evaluated key (one item's `pk` and `sk`), which it needs to go on; the job keeps
 *   nothing but counts;
 * - DescribeTable, for the table's size, which is apportioned to counties by their item counts.
 */
export class UsageDaily extends ScheduledTableJob {
  constructor(scope: Construct, id: string, props: UsageDailyProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-usage-daily',
      schedule: usageDailySchedule,
      timeout: Duration.minutes(15),
      access: [
        { sid: 'TenantRegistry', actions: ['dynamodb:Query'], leadingKeys: tenantRegistryLeadingKeys },
        { sid: 'UsageItems', actions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], leadingKeys: usageLeadingKeys },
        { sid: 'CountyCounts', actions: ['dynamodb:Query'], leadingKeys: countedLeadingKeys, indexes: true, select: 'COUNT' },
      ],
    });
    const { tableArn } = props.data.table;
    const role = this.function.role;
    if (!role) throw new Error('UsageDaily needs its function to have an execution role');
    role.addToPrincipalPolicy(projectedScanStatement({ sid: 'StoredItemsScan', tableArn: tableArn, attributes: scannedAttributes }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'TableSize', actions: ['dynamodb:DescribeTable'], resources: [tableArn] }));
  }
}
