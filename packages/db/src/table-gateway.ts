import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { decodeCursor, encodeCursor, type LastKey } from './cursor';
import { ItemAlreadyExistsError, ItemCorruptError, ItemNotFoundError, ItemVersionConflictError } from './errors';
import { type IndexName, tableDefinition } from './table';
import { transactWrite, type TransactOperation } from './transact';
import { versionCondition, versionedUpdateOf } from './update-expression';

export type { TransactOperation } from './transact';

export interface ItemKey {
  pk: string;
  sk: string;
}

/** Attributes every stored item has besides its own. */
export interface StoredMeta {
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface QueryPageInput<T> {
  schema: z.ZodType<T>;
  index?: IndexName;
  /** Value of the partition key of the table or of `index`. */
  partition: string;
  sortKeyBeginsWith?: string;
  /** Only sort keys strictly after this one (a change feed read from a watermark). */
  sortKeyAfter?: string;
  limit: number;
  cursor?: string | undefined;
  newestFirst?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface TableGateway {
  readonly tableName: string;
  /** `consistent`: a strongly consistent read, for reading back what was just written or checking a rule before a write. */
  get<T>(key: ItemKey, schema: z.ZodType<T>, options?: { consistent?: boolean }): Promise<T | null>;
  /** Reads the keys in requests of up to 100 (asking again for unprocessed keys); items come back in no particular order, missing ones left out. */
  batchGet<T>(keys: readonly ItemKey[], schema: z.ZodType<T>): Promise<T[]>;
  queryPage<T>(input: QueryPageInput<T>): Promise<Page<T>>;
  /** Creates an item at version 1; throws `ItemAlreadyExistsError` if the key is taken. */
  putNew(item: ItemKey & Record<string, unknown>): Promise<StoredMeta>;
  /** Creates an item unless its key is taken; true when it was created. For idempotent seeding and retries. */
  putIfAbsent(item: ItemKey & Record<string, unknown>): Promise<boolean>;
  /**
   * Sets `changes` (removing attributes set to undefined) only if the stored version is
   * `expectedVersion`; returns the new item. `now` becomes `updatedAt`, so keys derived from it agree.
   */
  updateVersioned<T>(key: ItemKey, expectedVersion: number, changes: Record<string, unknown>, schema: z.ZodType<T>, options?: { now?: string }): Promise<T>;
  /**
   * Adds one to a counter unless it has reached `limit`; false when it had. The counter expires
   * (TTL) at `expiresAt`, epoch seconds. For abuse limits.
   */
  incrementBelow(key: ItemKey, limit: number, expiresAt: number): Promise<boolean>;
  /**
   * Adds `increments` to numeric attributes, creating the item at version 1 with `attributes` if
   * it is new. Counters change without a version check (the version stays), so counting never conflicts.
   */
  addCounters(key: ItemKey, increments: Record<string, number>, attributes: Record<string, string>): Promise<void>;
  /** Writes all operations or none; a failed condition becomes `ItemVersionConflictError` or `ItemAlreadyExistsError`. */
  transact(operations: readonly TransactOperation[]): Promise<void>;
}

/** DynamoDB's limit of keys in one BatchGetItem request. */
const batchGetLimit = 100;
/** Unprocessed keys (throttling) are asked again after 50, 100, 200, … ms, five times at most. */
const unprocessedRetries = 5;
const unprocessedBackoffMs = 50;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const parseItem = <T>(schema: z.ZodType<T>, item: Record<string, unknown>): T => {
  const result = schema.safeParse(item);
  if (!result.success) {
    throw new ItemCorruptError({ pk: item.pk, sk: item.sk }, result.error.issues.map((issue) => issue.path.join('.')).join(', '));
  }
  return result.data;
};

const partitionAttributeOf = (index: IndexName | undefined): string =>
  index ? (tableDefinition.globalSecondaryIndexes.find((candidate) => candidate.indexName === index)?.partitionKey ?? '') : tableDefinition.partitionKey;

const sortAttributeOf = (index: IndexName | undefined): string =>
  index ? (tableDefinition.globalSecondaryIndexes.find((candidate) => candidate.indexName === index)?.sortKey ?? '') : tableDefinition.sortKey;

/**
 * The only code that talks to the table: every item read is parsed by its schema, every create
 * is conditional on absence and every update on the version the caller last saw.
 */
export const createTableGateway = (client: DynamoDBDocumentClient, tableName: string): TableGateway => ({
  tableName,

  async get(key, schema, { consistent = false } = {}) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ...(consistent ? { ConsistentRead: true } : {}) }));
    return Item ? parseItem(schema, Item) : null;
  },

  async batchGet<T>(keys: readonly ItemKey[], schema: z.ZodType<T>) {
    const found: T[] = [];
    for (let start = 0; start < keys.length; start += batchGetLimit) {
      let pending: Record<string, unknown>[] = keys.slice(start, start + batchGetLimit).map((key) => ({ pk: key.pk, sk: key.sk }));
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt > unprocessedRetries) throw new Error('BatchGetItem left keys unprocessed after retries');
        if (attempt > 0) await pause(unprocessedBackoffMs * 2 ** (attempt - 1));
        const { Responses, UnprocessedKeys } = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }));
        found.push(...(Responses?.[tableName] ?? []).map((item) => parseItem(schema, item)));
        pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }
    return found;
  },

  async queryPage({ schema, index, partition, sortKeyBeginsWith, sortKeyAfter, limit, cursor, newestFirst }) {
    const partitionAttribute = partitionAttributeOf(index);
    const exclusiveStartKey: LastKey | undefined = cursor ? decodeCursor(cursor, partitionAttribute, partition) : undefined;
    const sortCondition = sortKeyBeginsWith !== undefined ? ' AND begins_with(#s, :s)' : sortKeyAfter !== undefined ? ' AND #s > :s' : '';
    const sortValue = sortKeyBeginsWith ?? sortKeyAfter;
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: `#p = :p${sortCondition}`,
        ExpressionAttributeNames: { '#p': partitionAttribute, ...(sortCondition ? { '#s': sortAttributeOf(index) } : {}) },
        ExpressionAttributeValues: { ':p': partition, ...(sortCondition ? { ':s': sortValue } : {}) },
        Limit: limit,
        ExclusiveStartKey: exclusiveStartKey,
        ScanIndexForward: !newestFirst,
      }),
    );
    return {
      items: Items.map((item) => parseItem(schema, item)),
      nextCursor: LastEvaluatedKey ? encodeCursor(LastEvaluatedKey as LastKey) : null,
    };
  },

  async putNew(item) {
    const now = new Date().toISOString();
    const meta: StoredMeta = { version: 1, createdAt: now, updatedAt: now };
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...item, ...meta },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ItemAlreadyExistsError();
      throw error;
    }
    return meta;
  },

  async incrementBelow(key, limit, expiresAt) {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: 'ADD #count :one SET #expiresAt = if_not_exists(#expiresAt, :expiresAt)',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#expiresAt': tableDefinition.ttlAttribute },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': expiresAt },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async addCounters(key, increments, attributes) {
    const counters = Object.entries(increments).map(([name, amount], index) => ({ name, value: amount, ref: `c${index}` }));
    if (counters.length === 0) return;
    const fixed = Object.entries(attributes).map(([name, value], index) => ({ name, value, ref: `a${index}` }));
    const sets = ['#version = if_not_exists(#version, :one)', '#createdAt = if_not_exists(#createdAt, :now)', '#updatedAt = :now', ...fixed.map(({ ref }) => `#${ref} = :${ref}`)];
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: `ADD ${counters.map(({ ref }) => `#${ref} :${ref}`).join(', ')} SET ${sets.join(', ')}`,
        ExpressionAttributeNames: { '#version': 'version', '#createdAt': 'createdAt', '#updatedAt': 'updatedAt', ...Object.fromEntries([...counters, ...fixed].map(({ ref, name }) => [`#${ref}`, name])) },
        ExpressionAttributeValues: { ':one': 1, ':now': new Date().toISOString(), ...Object.fromEntries([...counters, ...fixed].map(({ ref, value }) => [`:${ref}`, value])) },
      }),
    );
  },

  transact(operations) {
    return transactWrite(client, tableName, operations);
  },

  async putIfAbsent(item) {
    try {
      await this.putNew(item);
      return true;
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return false;
      throw error;
    }
  },

  async updateVersioned(key, expectedVersion, changes, schema, { now = new Date().toISOString() } = {}) {
    const { expression, names, values } = versionedUpdateOf(changes, expectedVersion, now);
    try {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: expression,
          ConditionExpression: versionCondition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return parseItem(schema, Attributes ?? {});
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw error.Item ? new ItemVersionConflictError(expectedVersion) : new ItemNotFoundError();
      }
      throw error;
    }
  },
});
