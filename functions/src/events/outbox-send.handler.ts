import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { notificationSchema } from '@linkki/db';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { z } from 'zod';
import { logger } from '../powertools';

export type EmailSender = (message: { from: string; to: string[]; subject: string; body: string }) => Promise<void>;

const sesSender = (client: SESv2Client): EmailSender => async ({ from, to, subject, body }) => {
  await client.send(
    new SendEmailCommand({
      FromEmailAddress: from,
      Destination: { ToAddresses: to },
      Content: { Simple: { Subject: { Data: subject, Charset: 'UTF-8' }, Body: { Text: { Data: body, Charset: 'UTF-8' } } } },
    }),
  );
};

const notificationItemSchema = notificationSchema.extend({ entity: z.literal('notification') });

/**
 * Sends each message that lands in an outbox. The stream delivers only INSERTs of notification
 * items (the event source filter in infra); a failed send is reported per record so Lambda
 * retries just that one.
 */
export const createOutboxSendHandler = ({ send, from }: { send: EmailSender; from: string }) =>
  middy(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const image = record.dynamodb?.NewImage;
      const parsed = record.eventName === 'INSERT' && image ? notificationItemSchema.safeParse(unmarshall(image as Record<string, AttributeValue>)) : null;
      if (!parsed?.success) continue;
      try {
        await send({ from, to: parsed.data.to, subject: parsed.data.subject, body: parsed.data.body });
        logger.info('notification sent', { id: parsed.data.id, topic: parsed.data.topic });
      } catch (error) {
        logger.error('notification not sent', { id: parsed.data.id, error });
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      }
    }
    return { batchItemFailures };
  }).use(injectLambdaContext(logger, { resetKeys: true }));

/** The entry point CDK deploys for the table stream. */
export const handler = createOutboxSendHandler({
  send: sesSender(new SESv2Client({})),
  from: z.email().parse(process.env.NOTIFICATION_FROM_ADDRESS ?? 'linkki@example.fi'),
});
