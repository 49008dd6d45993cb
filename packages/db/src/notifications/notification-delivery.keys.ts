/**
 * Names the outbox sender's IAM policy is built from; free of imports so the CDK app can read them.
 * A county's outbox partition is `T#<tenant>#OUTBOX`.
 */
export const outboxPartitionName = 'OUTBOX';

/** The attributes that record a notification's delivery; the outbox sender may touch these and the keys, nothing else. */
export const notificationDeliveryAttributes = ['pk', 'sk', 'sendClaim', 'sendClaimExpiresAt', 'sentAt'] as const;
