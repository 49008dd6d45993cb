import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { keyPrefixes } from '@linkki/db';
import type { DataTable } from './data-table';
import { tenantRegistryLeadingKeys } from './leading-keys-policy';
import { ScheduledTableJob } from './scheduled-table-job';

export interface ReferralsRetentionProps {
  /** The handler file; `functions/src/events/referrals-retention.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
}

/**
 * Of each county only its settings, its closed-referral index, its referrals' own partitions (with
 * their audit trails), and the statistics and score totals a stripped referral's scores move between.
 */
export const retentionLeadingKeys = [
  `${keyPrefixes.tenant}#*#SETTINGS`,
  `${keyPrefixes.tenant}#*#REFERRALS-CLOSED`,
  `${keyPrefixes.tenant}#*#REF#*`,
  `${keyPrefixes.tenant}#*#REF-STATS`,
  `${keyPrefixes.tenant}#*#REF-MEASURE-TOTALS`,
];
const retentionActions = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];

/** Daily at 02:30 UTC, at night in Finland. */
export const referralsRetentionSchedule = events.Schedule.cron({ hour: '2', minute: '30' });

/**
 * Once a day removes the personal data of referrals closed longer ago than their county keeps
 * them. It reads the tenant registry and, of each county, only the partitions the cleaning needs;
 * it cannot scan and touches no index, so it lists a county's referrals by nothing but their keys.
 */
export class ReferralsRetention extends ScheduledTableJob {
  constructor(scope: Construct, id: string, props: ReferralsRetentionProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-referrals-retention',
      schedule: referralsRetentionSchedule,
      timeout: Duration.minutes(10),
      access: [
        { sid: 'TenantRegistry', actions: ['dynamodb:GetItem', 'dynamodb:Query'], leadingKeys: tenantRegistryLeadingKeys },
        { sid: 'ReferralRetention', actions: retentionActions, leadingKeys: retentionLeadingKeys },
      ],
    });
  }
}
