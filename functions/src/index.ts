export { createApiHandler, healthPath, hsdsPathPrefix } from './api/create-api-handler';
export { buildApiDependencies, type DependencyOverrides } from './api/dependencies';
export { loadConfig, type ApiConfig } from './config';
export { createCachedOriginSecrets, type ReadSecretStage } from './middleware/origin-secrets';
export { originVerifyHeader, type OriginSecrets } from './middleware/origin-verify';
export { createUsageDailyHandler } from './events/usage-daily.handler';
export { createCountyOffboardingHandler } from './events/county-offboarding.handler';
