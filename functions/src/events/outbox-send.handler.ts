import { randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createDocumentClient, createNotificationDelivery, type NotificationDelivery, notificationItemSchema } from '@linkki/db';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import * as z from 'zod';
import { logger } from '../powertools';
import { streamBatchHandler } from './stream-batch';

export type EmailSender = (message: { from: string; to: string[]; subject: string; body: string }) => Promise<void>;

const sesSender =
  (client: SESv2Client): EmailSender =>
  async ({ from, to, subject, body }) => {
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: to },
        Content: { Simple: { Subject: { Data: subject, Charset: 'UTF-8' }, Body: { Text: { Data: body, Charset: 'UTF-8' } } } },
      }),
    );
  };

type OutboxItem = z.infer<typeof notificationItemSchema>;

/** The notification a new outbox item carries; null for anything else (the infra filter should let nothing else through). */
const insertedNotificationOf = (record: DynamoDBRecord): OutboxItem | null => {
  const image = record.eventName === 'INSERT' ? record.dynamodb?.NewImage : undefined;
  if (!image) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  const parsed = notificationItemSchema.safeParse(item);
  // A retry cannot mend a malformed message, so it is not reported as a failure; but it must not vanish unseen.
  if (!parsed.success && item.entity === 'notification')
    logger.error('notification malformed, not sent', { sequenceNumber: record.dynamodb?.SequenceNumber, issues: parsed.error.issues.map((issue) => issue.path.join('.')) });
  return parsed.success ? parsed.data : null;
};

/** Another sender holds an unexpired claim on the notification; the record's retry will find it sent or free. */
export class NotificationSendClaimedError extends Error {
  override name = 'NotificationSendClaimedError';
}

export interface OutboxSendOptions {
  send: EmailSender;
  from: string;
  delivery: NotificationDelivery;
  now?: () => Date;
}

/**
 * Sends each message that lands in an outbox, at most once however often the stream delivers
 * it: the send is claimed on the outbox item first (until this invocation would time out, so the
 * claim of a sender that died lapses with it), marked sent after, and released when it fails so
 * the retry sends it. A failed send is reported per record and Lambda retries from there.
 */
export const createOutboxSendHandler = ({ send, from, delivery, now = () => new Date() }: OutboxSendOptions) =>
  streamBatchHandler({
    itemOf: insertedNotificationOf,
    async handle(notification: OutboxItem, context: Context) {
      const key = { pk: notification.pk, sk: notification.sk };
      const log = { id: notification.id, topic: notification.topic };
      const claimId = randomUUID();
      const at = now();
      const claim = await delivery.claim(key, { claimId, now: at, until: new Date(at.getTime() + context.getRemainingTimeInMillis()) });
      if (claim === 'alreadySent' || claim === 'missing') {
        logger.info(claim === 'alreadySent' ? 'notification already sent' : 'notification gone before it was sent', log);
        return;
      }
      if (claim === 'claimedElsewhere') throw new NotificationSendClaimedError(`Notification ${notification.id} is being sent by another invocation.`);
      try {
        await send({ from, to: notification.to, subject: notification.subject, body: notification.body });
      } catch (error) {
        logger.error('notification not sent', { ...log, error });
        await delivery.release(key, claimId);
        throw error;
      }
      await delivery.markSent(key, now());
      logger.info('notification sent', log);
    },
  });

const outboxConfigSchema = z.object({
  TABLE_NAME: z.string().min(3),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** DynamoDB Local's URL; absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  NOTIFICATION_FROM_ADDRESS: z.email().default('linkki@example.fi'),
});

/** The entry point CDK deploys for the table stream; its clients are built once per container, on first use. */
let deployed: ReturnType<typeof createOutboxSendHandler> | undefined;
export const handler = (event: DynamoDBStreamEvent, context: Context) => {
  if (!deployed) {
    const config = outboxConfigSchema.parse(process.env);
    deployed = createOutboxSendHandler({
      send: sesSender(new SESv2Client({ region: config.AWS_REGION })),
      from: config.NOTIFICATION_FROM_ADDRESS,
      delivery: createNotificationDelivery({ client: createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION }), tableName: config.TABLE_NAME }),
    });
  }
  return deployed(event, context);
};
