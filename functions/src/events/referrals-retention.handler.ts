import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { removeExpiredReferralData } from '@linkki/api';
import type { TableAccess } from '@linkki/db';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { scheduledConfigSchema, tablesFromConfig } from './scheduled-tables';

/**
 * Run daily by an EventBridge schedule: removes the personal data of referrals closed longer ago
 * than their county's retention period, keeping the anonymous statistics and the audit trail.
 */
export const createReferralsRetentionHandler = ({ tables, now = () => new Date() }: { tables: TableAccess; now?: () => Date }) =>
  middy(async (event: ScheduledEvent) => {
    const report = await removeExpiredReferralData({ tables, now: now() });
    logger.info('referral personal data removed after retention', { ...report, scheduledAt: event.time });
    return report;
  }).use(injectLambdaContext(logger, { resetKeys: true }));

/** The entry point CDK deploys for the daily schedule; configured on first use, so tests can import the factory alone. */
let scheduled: ReturnType<typeof createReferralsRetentionHandler> | undefined;
export const handler = (event: ScheduledEvent, context: Context) => {
  scheduled ??= createReferralsRetentionHandler({ tables: tablesFromConfig(scheduledConfigSchema.parse(process.env)) });
  return scheduled(event, context);
};
