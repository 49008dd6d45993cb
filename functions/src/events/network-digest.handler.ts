import { queueWeeklyDigests } from '@linkki/api';
import { backfillFeedDescriptors } from '@linkki/db';
import { scheduledJob } from './scheduled-job';

/**
 * Run weekly: queues every subscribed member's digest of the topics they follow in their
 * county's outbox, from where the outbox sender emails it. First it gives the merged feed's
 * entries written before they carried their post's tags, region and kind those descriptors (the
 * first run after a deploy; later runs find none), so filtered feed pages and the digest fill up.
 */
const job = scheduledJob('network digests queued', async (context) => {
  const feedEntriesFilled = await backfillFeedDescriptors(context.tables.platform);
  return { ...(await queueWeeklyDigests(context)), feedEntriesFilled };
});
export const createNetworkDigestHandler = job.create;
export const handler = job.handler;
