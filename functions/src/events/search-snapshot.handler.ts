import { type SearchSnapshotReport, type SearchSnapshotStore, writeSearchSnapshots } from '@linkki/api';
import { createS3SearchSnapshotStore } from '../search/s3-search-snapshot-store';
import { scheduledJob } from './scheduled-job';

/**
 * Run every five minutes: brings each active county's search snapshot up to date from the change
 * feed (or builds it from the table), so an API container loads it instead of building on a
 * resident's first search.
 */
const job = scheduledJob<SearchSnapshotReport, { snapshots: SearchSnapshotStore }>('search snapshots written', writeSearchSnapshots, (config) => {
  if (!config.SEARCH_SNAPSHOT_BUCKET) throw new Error('Invalid configuration: SEARCH_SNAPSHOT_BUCKET: is required by the search snapshot job');
  return { snapshots: createS3SearchSnapshotStore({ bucket: config.SEARCH_SNAPSHOT_BUCKET, region: config.AWS_REGION }) };
});
export const createSearchSnapshotHandler = job.create;
export const handler = job.handler;
