import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { keyPrefixes } from '@linkki/db';
import type { DataTable } from './data-table';
import { leadingKeyPatterns } from './leading-keys-policy';
import { ScheduledTableJob } from './scheduled-table-job';

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
export class NetworkDigest extends ScheduledTableJob {
  constructor(scope: Construct, id: string, props: NetworkDigestProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-network-digest',
      schedule: networkDigestSchedule,
      timeout: Duration.minutes(5),
      environment: { APP_URL: props.appUrl },
      access: [
        {
          sid: 'NetworkItems',
          actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
          leadingKeys: leadingKeyPatterns(keyPrefixes.network),
          indexes: true,
        },
        { sid: 'OutboxItems', actions: ['dynamodb:PutItem'], leadingKeys: outboxLeadingKeys },
      ],
    });
  }
}
