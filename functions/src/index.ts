export { createApiHandler, healthPath, hsdsPathPrefix } from './api/create-api-handler';
export { buildApiDependencies, type DependencyOverrides } from './api/dependencies';
export { loadConfig, type ApiConfig } from './config';
