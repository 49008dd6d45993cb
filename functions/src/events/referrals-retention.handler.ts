import { removeExpiredReferralData } from '@linkki/api';
import { scheduledJob } from './scheduled-job';

/**
 * Run daily: removes the personal data of referrals closed longer ago than their county's
 * retention period, keeping the anonymous statistics and the audit trail.
 */
const job = scheduledJob('referral personal data removed after retention', removeExpiredReferralData);
export const createReferralsRetentionHandler = job.create;
export const handler = job.handler;
