import { queueVerificationReminders } from '@linkki/api';
import { scheduledJob } from './scheduled-job';

/**
 * Run monthly: queues a reminder to the editors of every organisation whose published listings
 * nobody has verified for a year, in their county's outbox.
 */
const job = scheduledJob('verification reminders queued', queueVerificationReminders);
export const createVerificationRemindersHandler = job.create;
export const handler = job.handler;
