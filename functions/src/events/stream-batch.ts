import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../powertools';

export interface StreamBatchHandlerOptions<Item> {
  /** The item a record carries, or null for a record this function has nothing to do with. */
  itemOf: (record: DynamoDBRecord) => Item | null;
  /** Does the work for one item; throwing reports that record (and only it) as failed. */
  handle: (item: Item, context: Context) => Promise<void>;
}

/**
 * A table-stream handler that handles each record on its own and reports the failed ones, so
 * the event source mapping (with `reportBatchItemFailures`) retries from the first failure
 * instead of the whole batch. Records go one at a time, in stream order. Every record after a
 * failure is still handled, and Lambda delivers it again with the retry: `handle` must be
 * idempotent. A batch in which every record fails throws, so Lambda bisects it.
 */
export const streamBatchHandler = <Item>({ itemOf, handle }: StreamBatchHandlerOptions<Item>) =>
  middy(async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    // A processor keeps the state of one batch, so each invocation gets its own.
    const processor = new BatchProcessor(EventType.DynamoDBStreams, { logger });
    const handleRecord = async (record: DynamoDBRecord): Promise<void> => {
      const item = itemOf(record);
      if (item !== null) await handle(item, context);
    };
    return processPartialResponse(event, handleRecord, processor, { context, processInParallel: false });
  }).use(injectLambdaContext(logger, { resetKeys: true }));
