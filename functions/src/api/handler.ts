import { type ApiConfig, loadConfig } from '../config';
import { createCachedOriginSecrets, secretsManagerStageReader } from '../middleware/origin-secrets';
import { logger } from '../powertools';
import { createApiHandler } from './create-api-handler';
import { buildApiDependencies } from './dependencies';

const config = loadConfig(process.env);

const originSecretsOf = ({ ORIGIN_VERIFY_SECRET_ARN: secretId, AWS_REGION: region }: ApiConfig) =>
  secretId
    ? {
        originSecrets: createCachedOriginSecrets({
          read: secretsManagerStageReader({ secretId, region }),
          onReadError: (error) => logger.warn('origin secret not read; the remembered values stay in use', { error }),
        }),
      }
    : {};

/** The entry point CDK deploys. */
export const handler = createApiHandler({ deps: buildApiDependencies(config), maxBatchSize: config.MAX_BATCH_SIZE, ...originSecretsOf(config) });
