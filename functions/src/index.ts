export { createApiHandler, healthPath } from './api/create-api-handler';
export { buildApiDependencies, type DependencyOverrides } from './api/dependencies';
export { loadConfig, type ApiConfig } from './config';
