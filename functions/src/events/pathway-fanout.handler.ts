import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type FanOutTables, fanOutPathwayNews, newsOfVersion } from '@linkki/api';
import { createDocumentClient, createTableGateway, pathwayPartition, versionItemSchema } from '@linkki/db';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { scheduledConfigSchema } from './scheduled-tables';

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
 * news items (their partition and attributes), and the API's role gains nothing from it.
 */
export const createPathwayFanOutHandler = (tables: FanOutTables) =>
  middy(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const version = publishedVersionOf(record);
      if (!version) continue;
      try {
        const report = await fanOutPathwayNews(tables, newsOfVersion(version));
        logger.info('pathway version fanned out', { pathwayId: version.pathwayId, number: version.number, ...report });
      } catch (error) {
        logger.error('pathway version not fanned out', { pathwayId: version.pathwayId, number: version.number, error });
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      }
    }
    return { batchItemFailures };
  }).use(injectLambdaContext(logger, { resetKeys: true }));

/** The entry point CDK deploys for the table stream; configured on first use, so tests can import the factory alone. */
let fanOut: ReturnType<typeof createPathwayFanOutHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent, context: Parameters<ReturnType<typeof createPathwayFanOutHandler>>[1]) => {
  const config = scheduledConfigSchema.parse(process.env);
  const gateway = createTableGateway(createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION }), config.TABLE_NAME);
  fanOut ??= createPathwayFanOutHandler({ registry: gateway, news: gateway });
  return fanOut(event, context);
};
