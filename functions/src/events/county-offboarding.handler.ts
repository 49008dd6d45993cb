import { type ExportStore, type OffboardingReport, runCountyOffboarding } from '@linkki/api';
import { createS3ExportStore } from '../exports/s3-export-store';
import { scheduledJob } from './scheduled-job';

/**
 * Run every quarter of an hour: makes the export archive of each county that has started leaving,
 * and deletes the data of each whose deletion the operator confirmed after the grace period.
 */
const job = scheduledJob<OffboardingReport, { exports: ExportStore }>('county offboarding done', runCountyOffboarding, (config) => {
  if (!config.EXPORT_BUCKET) throw new Error('Invalid configuration: EXPORT_BUCKET: is required by the offboarding job');
  return { exports: createS3ExportStore({ bucket: config.EXPORT_BUCKET, region: config.AWS_REGION }) };
});
export const createCountyOffboardingHandler = job.create;
export const handler = job.handler;
