import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { ItemKey } from '../table-gateway';

/** What became of a claim: ours to send, already sent, claimed by a send still under way, or no such notification. */
export type SendClaim = 'claimed' | 'alreadySent' | 'claimedElsewhere' | 'missing';

const deliveryStateSchema = z.object({ sentAt: z.string().optional(), sendClaimExpiresAt: z.number().optional() });

const isConditionFailure = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;

/**
 * The delivery record of each notification, kept on its outbox item: a claim while one sender
 * sends it, then the time it was sent. The stream may hand the same insert to the sender more
 * than once (a retry from the lowest failed record, a whole batch after a timeout); the claim
 * makes sure only one of them sends, and `sentAt` that none sends again.
 */
export const createNotificationDelivery = ({ client, tableName }: { client: DynamoDBDocumentClient; tableName: string }) => ({
  /**
   * Claims the send of the notification at `key` until `until`. A claim whose sender died (it
   * timed out or crashed) lapses then, so a retry can claim it again.
   */
  async claim(key: ItemKey, { claimId, now, until }: { claimId: string; now: Date; until: Date }): Promise<SendClaim> {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: key.pk, sk: key.sk },
          UpdateExpression: 'SET sendClaim = :claim, sendClaimExpiresAt = :until',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt) AND (attribute_not_exists(sendClaimExpiresAt) OR sendClaimExpiresAt < :now)',
          ExpressionAttributeValues: { ':claim': claimId, ':until': until.getTime(), ':now': now.getTime() },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    // Only to tell why the claim was refused; the refusal itself decided it.
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: { pk: key.pk, sk: key.sk }, ProjectionExpression: 'pk, sentAt, sendClaimExpiresAt', ConsistentRead: true }));
    if (!Item) return 'missing';
    return deliveryStateSchema.parse(Item).sentAt ? 'alreadySent' : 'claimedElsewhere';
  },

  /** Records that the email went; from now on no claim of it succeeds. */
  async markSent(key: ItemKey, now: Date): Promise<void> {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: key.pk, sk: key.sk },
          UpdateExpression: 'SET sentAt = :now REMOVE sendClaim, sendClaimExpiresAt',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      );
    } catch (error) {
      // Deleted while it was being sent (its county left): there is nothing left to mark.
      if (!isConditionFailure(error)) throw error;
    }
  },

  /** Gives up a claim after a failed send, so the retry of the record may send it at once. */
  async release(key: ItemKey, claimId: string): Promise<void> {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: key.pk, sk: key.sk },
          UpdateExpression: 'REMOVE sendClaim, sendClaimExpiresAt',
          ConditionExpression: 'sendClaim = :claim',
          ExpressionAttributeValues: { ':claim': claimId },
        }),
      );
    } catch (error) {
      // The claim had lapsed and another sender holds it now: theirs to keep.
      if (!isConditionFailure(error)) throw error;
    }
  },
});
export type NotificationDelivery = ReturnType<typeof createNotificationDelivery>;
