import { recordDailyUsage, type UsageDailyReport } from '@linkki/api';
import { scheduledJob } from './scheduled-job';

/**
 * Run daily: writes each county's usage of the day that has just ended (active staff, listings,
 * referrals opened, API requests, items stored) for the operator's counties page.
 */
const job = scheduledJob<UsageDailyReport>('county usage recorded', recordDailyUsage);
export const createUsageDailyHandler = job.create;
export const handler = job.handler;
