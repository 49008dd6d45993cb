import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { keyPrefixes } from '@linkki/db';
import type { DataTable } from './data-table';
import { itemActions, tenantRegistryLeadingKeys } from './leading-keys-policy';
import { outboxLeadingKeys } from './network-digest';
import { ScheduledTableJob } from './scheduled-table-job';

export interface VerificationRemindersProps {
  /** The handler file; `functions/src/events/verification-reminders.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  /** The web app's public URL, for the links to the listings. */
  readonly appUrl: string;
  readonly logRetention: logs.RetentionDays;
}

const tenant = keyPrefixes.tenant;
/** Each county's published set (an index), its organisations and its users' profiles. */
export const publishedSetLeadingKeys = [`${tenant}#*#PUBLISHED#*`];
export const organisationLeadingKeys = [`${tenant}#*#ORG#*`, `${tenant}#*#USERS`];
/** `ORG#*` would also match an organisation's contact requests, which are residents' personal data: denied outright. */
export const contactRequestLeadingKeys = [`${tenant}#*#CONTACTS`];

/** On the first day of each month at 06:00 UTC, a working morning in Finland. */
export const verificationRemindersSchedule = events.Schedule.cron({ day: '1', hour: '6', minute: '0' });

/**
 * Once a month reminds the editors of every organisation whose published listings nobody has
 * verified for a year. It reads the published sets, organisations and user profiles, and may only
 * put items into the outbox; residents' contact requests are denied to it explicitly.
 */
export class VerificationReminders extends ScheduledTableJob {
  constructor(scope: Construct, id: string, props: VerificationRemindersProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-verification-reminders',
      schedule: verificationRemindersSchedule,
      timeout: Duration.minutes(10),
      environment: { APP_URL: props.appUrl },
      access: [
        { sid: 'TenantRegistry', actions: ['dynamodb:GetItem', 'dynamodb:Query'], leadingKeys: tenantRegistryLeadingKeys },
        { sid: 'PublishedSets', actions: ['dynamodb:Query'], leadingKeys: publishedSetLeadingKeys, indexes: true },
        { sid: 'OrganisationsAndEditors', actions: ['dynamodb:GetItem'], leadingKeys: organisationLeadingKeys },
        { sid: 'OutboxItems', actions: ['dynamodb:PutItem'], leadingKeys: outboxLeadingKeys },
      ],
    });
    const { table } = props.data;
    this.function.role?.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'NoContactRequests',
        effect: iam.Effect.DENY,
        actions: [...itemActions],
        resources: [table.tableArn, `${table.tableArn}/index/*`],
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': contactRequestLeadingKeys } },
      }),
    );
  }
}
