import { queueWeeklyDigests } from '@linkki/api';
import { scheduledJob } from './scheduled-job';

/**
 * Run weekly: queues every subscribed member's digest of the topics they follow in their
 * county's outbox, from where the outbox sender emails it.
 */
const job = scheduledJob('network digests queued', queueWeeklyDigests);
export const createNetworkDigestHandler = job.create;
export const handler = job.handler;
