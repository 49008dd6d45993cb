import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type FanOutTables, fanOutPathwayNews, newsOfVersion } from '@linkki/api';
import { createDocumentClient, createTableGateway, pathwayPartition, versionItemSchema } from '@linkki/db';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { scheduledConfigSchema } from './scheduled-tables';
import { streamBatchHandler } from './stream-batch';

/**
 * A new national pathway version, and nothing else: the image must parse as a version item and
 * sit in that pathway's own national partition, so a look-alike item written anywhere else
 * (in a county, say) never makes this function write.
 */
export const publishedVersionOf = (record: DynamoDBRecord) => {
  const image = record.eventName === 'INSERT' ? record.dynamodb?.NewImage : undefined;
  const parsed = image ? versionItemSchema.safeParse(unmarshall(image as Record<string, AttributeValue>)) : null;
  if (!parsed?.success || parsed.data.pk !== pathwayPartition(parsed.data.pathwayId)) return null;
  return parsed.data;
};

/**
 * Tells every active county of each published version, as it arrives on the table stream. The
 * only cross-county write of the platform: in AWS this function's role may put nothing but the
 * news items (their partition and attributes), and the API's role gains nothing from it. A
 * redelivered version writes the same news items again, which changes nothing.
 */
export const createPathwayFanOutHandler = (tables: FanOutTables) =>
  streamBatchHandler({
    itemOf: publishedVersionOf,
    async handle(version) {
      const log = { pathwayId: version.pathwayId, number: version.number };
      try {
        const report = await fanOutPathwayNews(tables, newsOfVersion(version));
        logger.info('pathway version fanned out', { ...log, ...report });
      } catch (error) {
        logger.error('pathway version not fanned out', { ...log, error });
        throw error;
      }
    },
  });

/** The entry point CDK deploys for the table stream; its client is built once per container, on first use. */
let deployed: ReturnType<typeof createPathwayFanOutHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent, context: Context) => {
  if (!deployed) {
    const config = scheduledConfigSchema.parse(process.env);
    const gateway = createTableGateway(createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION }), config.TABLE_NAME);
    deployed = createPathwayFanOutHandler({ registry: gateway, news: gateway });
  }
  return deployed(event, context);
};
