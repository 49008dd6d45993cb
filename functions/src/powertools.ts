import { Logger } from '@aws-lambda-powertools/logger';

/** One logger per container; handlers add the tenant as a key once they know it. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'linkki-api' });
