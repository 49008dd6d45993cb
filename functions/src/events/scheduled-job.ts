import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { TableAccess } from '@linkki/db';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { type ScheduledConfig, scheduledConfigSchema, tablesFromConfig } from './scheduled-tables';

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
 * point CDK deploys, configured from the environment on first use. A job that needs more than the
 * table names it in `Extra` and builds it from the configuration with `extrasOf`.
 */
export const scheduledJob = <Report extends object, Extra extends object = Record<never, never>>(
  done: string,
  run: (context: ScheduledJobContext & NoInfer<Extra>) => Promise<Report>,
  extrasOf: (config: ScheduledConfig) => Extra = () => ({}) as Extra,
) => {
  const create = (options: ScheduledJobOptions & Extra) => {
    const { tables, appUrl = 'http://localhost:3000', now = () => new Date() } = options;
    return middy(async (event: ScheduledEvent) => {
      const report = await run({ ...options, tables, appUrl, now: now() });
      logger.info(done, { ...report, scheduledAt: event.time });
      return report;
    }).use(injectLambdaContext(logger, { resetKeys: true }));
  };

  let deployed: ReturnType<typeof create> | undefined;
  const handler = (event: ScheduledEvent, context: Context) => {
    const config = scheduledConfigSchema.parse(process.env);
    deployed ??= create({ ...extrasOf(config), tables: tablesFromConfig(config), appUrl: config.APP_URL });
    return deployed(event, context);
  };
  return { create, handler };
};
