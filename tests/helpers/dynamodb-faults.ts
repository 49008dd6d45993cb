import { ProvisionedThroughputExceededException, ThrottlingException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@linkki/db';

/** The ways DynamoDB says "not now", each as the SDK's own exception class. */
export type FaultKind = 'provisionedThroughput' | 'throttling' | 'transactionThrottled';

const faultOf: Record<FaultKind, () => Error> = {
  provisionedThroughput: () =>
    new ProvisionedThroughputExceededException({
      message: 'The level of configured provisioned throughput for the table was exceeded.',
      $metadata: { httpStatusCode: 400 },
    }),
  throttling: () => new ThrottlingException({ message: 'Throughput exceeds the current capacity of your table or index.', $metadata: { httpStatusCode: 400 } }),
  // What DynamoDB answers when one item of a transaction is throttled: nothing of it is written.
  transactionThrottled: () =>
    new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError]',
      $metadata: { httpStatusCode: 400 },
      CancellationReasons: [{ Code: 'ThrottlingError', Message: 'Throughput exceeds the current capacity of your table or index.' }],
    }),
};

export interface FaultPlan {
  /** The low-level commands to fail, e.g. `GetItemCommand`, `TransactWriteItemsCommand`. */
  commands: readonly string[];
  kind: FaultKind;
  /** How many attempts fail before the faults stop; `always` never stops. */
  times: number | 'always';
}

export interface Attempt {
  command: string;
  at: number;
  faulted: boolean;
}

export interface FaultInjector {
  plan(plan: FaultPlan): void;
  clear(): void;
  /** Every attempt the client sent while the injector was installed, retries included. */
  readonly attempts: readonly Attempt[];
  readonly injected: number;
  remove(): void;
}

const middlewareName = 'linkkiFaultInjection';

/**
 * Fails the real client's requests before they leave the process. It sits in the SDK's middleware
 * stack below the retry middleware, so every retry the SDK makes meets the fault again, exactly as
 * it would meet DynamoDB's answer.
 */
export const injectDynamoFaults = (client: DynamoDBDocumentClient): FaultInjector => {
  let current: FaultPlan | null = null;
  let remaining = 0;
  const attempts: Attempt[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      const faulted = current !== null && current.commands.includes(command) && (current.times === 'always' || remaining > 0);
      attempts.push({ command, at: Date.now(), faulted });
      if (faulted && current) {
        remaining -= 1;
        throw faultOf[current.kind]();
      }
      return next(args);
    },
    { step: 'deserialize', name: middlewareName, priority: 'high' },
  );
  return {
    plan(plan) {
      current = plan;
      remaining = plan.times === 'always' ? 0 : plan.times;
      attempts.length = 0;
    },
    clear() {
      current = null;
    },
    get attempts() {
      return attempts;
    },
    get injected() {
      return attempts.filter((attempt) => attempt.faulted).length;
    },
    remove() {
      client.middlewareStack.remove(middlewareName);
    },
  };
};
