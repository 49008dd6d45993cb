import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { projectedScanStatement, tenantRegistryLeadingKeys } from './leading-keys-policy';
import { tableDefinition } from '@linkki/db';
import type { DataTable } from './data-table';
import type { ExportBucket } from './export-bucket';
import { ScheduledTableJob } from './scheduled-table-job';
import type { TenantIsolation } from './tenant-isolation';

export interface CountyOffboardingProps {
  /** The handler file; `functions/src/events/county-offboarding.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
  /** The tenant role, through whose sessions the job reads and deletes one county's items. */
  readonly isolation: TenantIsolation;
  /** Where the job puts each leaving county's archive. */
  readonly exports: ExportBucket;
}

/** Every quarter of an hour, so a county's archive is ready soon after it starts leaving. */
export const countyOffboardingSchedule = events.Schedule.rate(Duration.minutes(15));
/** The only attributes the key scan may name: an item's keys and its kind, none of its content. */
export const offboardingScanAttributes = [tableDefinition.partitionKey, tableDefinition.sortKey, 'entity'];
/** The registry's reads (`Query` of the partition) and the job's marks on a county (`UpdateItem`). */
const registryActions = ['dynamodb:Query', 'dynamodb:UpdateItem'];

/**
 * Makes the export archive of each county that has started leaving, and deletes the items of each
 * whose deletion the operator has confirmed. What it may do:
 * - read the tenant registry and update its counties there;
 * - Scan the table for item keys and kinds only, to find a county's items. LeadingKeys cannot
 *   confine a Scan, so the grant is confined by what it returns instead: `Select` must be
 *   `SPECIFIC_ATTRIBUTES` and every attribute named must be `pk`, `sk` or `entity`. Without the
 *   `Select` requirement a Scan naming no attributes would satisfy `ForAllValues` vacuously and
 *   return whole items; the Null guard refuses such a request on its own as well. Its own role
 *   therefore reads the content of no county;
 * - read and delete those items (BatchGetItem, BatchWriteItem) and read the county's published
 *   catalog only through a session of the tenant role tagged with that one county;
 * - write archives under `counties/` of the exports bucket.
 */
export class CountyOffboarding extends ScheduledTableJob {
  constructor(scope: Construct, id: string, { isolation, exports, ...props }: CountyOffboardingProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-county-offboarding',
      schedule: countyOffboardingSchedule,
      timeout: Duration.minutes(15),
      // A county's items are held in memory to be zipped.
      memorySize: 2048,
      environment: { TENANT_ROLE_ARN: isolation.tenantRole.roleArn, EXPORT_BUCKET: exports.bucket.bucketName },
      access: [{ sid: 'TenantRegistry', actions: registryActions, leadingKeys: tenantRegistryLeadingKeys }],
    });
    const role = this.function.role;
    if (!role) throw new Error('CountyOffboarding needs its function to have an execution role');
    role.addToPrincipalPolicy(projectedScanStatement({ sid: 'CountyKeysScan', tableArn: props.data.table.tableArn, attributes: offboardingScanAttributes }));
    isolation.allowSessionsFrom('CountyOffboarding', role);
    exports.grantArchiveWrites(role);
  }
}
