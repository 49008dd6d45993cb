import { loadConfig } from '../config';
import { createApiHandler } from './create-api-handler';
import { buildApiDependencies } from './dependencies';

const config = loadConfig(process.env);

/** The entry point CDK deploys. */
export const handler = createApiHandler({ deps: buildApiDependencies(config), maxBatchSize: config.MAX_BATCH_SIZE });
