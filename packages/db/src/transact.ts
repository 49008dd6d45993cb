import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ItemAlreadyExistsError, ItemVersionConflictError } from './errors';
import type { ItemKey } from './table-gateway';
import { versionCondition, versionedUpdateOf } from './update-expression';

/** One write of a transaction; every one carries the condition that keeps it from losing data. */
export type TransactOperation =
  | { kind: 'create'; item: ItemKey & Record<string, unknown>; now: string }
  /** Put without a condition of its own: only inside a transaction whose other writes are conditional. */
  | { kind: 'replace'; item: ItemKey & Record<string, unknown>; now: string }
  | { kind: 'update'; key: ItemKey; expectedVersion: number; changes: Record<string, unknown>; now: string }
  | { kind: 'delete'; key: ItemKey; expectedVersion?: number }
  /** Writes nothing: the transaction goes through only while the item exists, and throws `otherwise` when it does not. */
  | { kind: 'requireExists'; key: ItemKey; otherwise: Error };

type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

const transactItemOf = (tableName: string, operation: TransactOperation): TransactItem => {
  switch (operation.kind) {
    case 'create':
      return {
        Put: {
          TableName: tableName,
          Item: { ...operation.item, version: 1, createdAt: operation.now, updatedAt: operation.now },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    case 'replace':
      return { Put: { TableName: tableName, Item: { ...operation.item, version: 1, createdAt: operation.now, updatedAt: operation.now } } };
    case 'update': {
      const { expression, names, values } = versionedUpdateOf(operation.changes, operation.expectedVersion, operation.now);
      return {
        Update: {
          TableName: tableName,
          Key: operation.key,
          UpdateExpression: expression,
          ConditionExpression: versionCondition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      };
    }
    case 'delete':
      return {
        Delete: {
          TableName: tableName,
          Key: operation.key,
          ...(operation.expectedVersion === undefined
            ? { ConditionExpression: 'attribute_exists(pk)' }
            : { ConditionExpression: versionCondition, ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': operation.expectedVersion } }),
        },
      };
    case 'requireExists':
      return { ConditionCheck: { TableName: tableName, Key: operation.key, ConditionExpression: 'attribute_exists(pk)' } };
  }
};

/** Writes all operations or none (at most 100, DynamoDB's limit). */
export const transactWrite = async (client: DynamoDBDocumentClient, tableName: string, operations: readonly TransactOperation[]): Promise<void> => {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: operations.map((operation) => transactItemOf(tableName, operation)) }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    // Two writers racing for the same items: DynamoDB cancels one; to its caller that is a stale version.
    if (reasons.some((reason) => reason.Code === 'TransactionConflict')) {
      const versioned = operations.find((operation) => operation.kind === 'update');
      throw new ItemVersionConflictError(versioned?.kind === 'update' ? versioned.expectedVersion : 0);
    }
    const failed = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
    const operation = operations[failed];
    if (operation?.kind === 'requireExists') throw operation.otherwise;
    if (operation?.kind === 'create') throw new ItemAlreadyExistsError();
    if (operation?.kind === 'update') throw new ItemVersionConflictError(operation.expectedVersion);
    if (operation?.kind === 'delete') throw new ItemVersionConflictError(operation.expectedVersion ?? 0);
    throw error;
  }
};
