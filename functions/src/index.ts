export { createApiHandler, healthPath, hsdsPathPrefix } from './api/create-api-handler';
export { buildApiDependencies, type DependencyOverrides } from './api/dependencies';
export { loadConfig, type ApiConfig } from './config';
export { createUsageDailyHandler } from './events/usage-daily.handler';
export { createCountyOffboardingHandler } from './events/county-offboarding.handler';
export { createReferralsRetentionHandler } from './events/referrals-retention.handler';
export { createVerificationRemindersHandler } from './events/verification-reminders.handler';
export { createPathwayFanOutHandler } from './events/pathway-fanout.handler';
