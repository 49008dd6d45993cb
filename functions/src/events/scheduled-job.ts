import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { TableAccess } from '@linkki/db';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { scheduledConfigSchema, tablesFromConfig } from './scheduled-tables';

/** What every scheduled job is given: the table, the web app's address for links, and the time of the run. */
export interface ScheduledJobContext {
  tables: TableAccess;
  appUrl: string;
  now: Date;
}

export interface ScheduledJobOptions {
  tables: TableAccess;
  appUrl?: string;
  now?: () => Date;
}

/**
 * A job run by an EventBridge schedule: it does its work against the table and logs its report
 * under `done`. Returns the factory (for tests, with their own table and clock) and the entry
 * point CDK deploys, configured from the environment on first use.
 */
export const scheduledJob = <Report extends object>(done: string, run: (context: ScheduledJobContext) => Promise<Report>) => {
  const create = ({ tables, appUrl = 'http://localhost:3000', now = () => new Date() }: ScheduledJobOptions) =>
    middy(async (event: ScheduledEvent) => {
      const report = await run({ tables, appUrl, now: now() });
      logger.info(done, { ...report, scheduledAt: event.time });
      return report;
    }).use(injectLambdaContext(logger, { resetKeys: true }));

  let deployed: ReturnType<typeof create> | undefined;
  const handler = (event: ScheduledEvent, context: Context) => {
    const config = scheduledConfigSchema.parse(process.env);
    deployed ??= create({ tables: tablesFromConfig(config), appUrl: config.APP_URL });
    return deployed(event, context);
  };
  return { create, handler };
};
