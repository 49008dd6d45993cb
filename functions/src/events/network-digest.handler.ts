import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { queueWeeklyDigests } from '@linkki/api';
import type { TableAccess } from '@linkki/db';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { scheduledConfigSchema, tablesFromConfig } from './scheduled-tables';

/**
 * Run weekly by an EventBridge schedule: queues every subscribed member's digest of the topics
 * they follow in their county's outbox, from where the outbox sender emails it.
 */
export const createNetworkDigestHandler = ({ tables, appUrl, now = () => new Date() }: { tables: TableAccess; appUrl: string; now?: () => Date }) =>
  middy(async (event: ScheduledEvent) => {
    const report = await queueWeeklyDigests({ tables, appUrl, now: now() });
    logger.info('network digests queued', { ...report, scheduledAt: event.time });
    return report;
  }).use(injectLambdaContext(logger, { resetKeys: true }));

/** The entry point CDK deploys for the weekly schedule; configured on first use, so tests can import the factory alone. */
let scheduled: ReturnType<typeof createNetworkDigestHandler> | undefined;
export const handler = (event: ScheduledEvent, context: Context) => {
  const config = scheduledConfigSchema.parse(process.env);
  scheduled ??= createNetworkDigestHandler({ tables: tablesFromConfig(config), appUrl: config.APP_URL });
  return scheduled(event, context);
};
