import { ConditionalCheckFailedException, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { decodeCursor, encodeCursor, type LastKey } from './cursor';
import { tenantKeyPrefix } from './keys';
import { IndexKeyOutOfScopeError, ItemAlreadyExistsError, ItemCorruptError, ItemNotFoundError, ItemVersionConflictError } from './errors';
import { filterExpressionOf, type ItemFilter, keyConditionOf, partitionAttributeOf } from './key-condition';
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
  /** Only sort keys from the first through the second, both included. */
  sortKeyBetween?: readonly [string, string];
  limit: number;
  cursor?: string | undefined;
  newestFirst?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CountInput {
  index?: IndexName;
  partition: string;
  sortKeyBeginsWith?: string;
  where?: ItemFilter;
}

/** One page of a parallel scan's segment: the partition keys of the items read, nothing else of them. */
export interface PartitionKeyPage {
  partitionKeys: string[];
  /** Where the segment goes on; null when it is done. */
  nextKey: LastKey | null;
}

/** One page of a county's item keys from a parallel scan. */
export interface TenantKeyPage {
  keys: Array<ItemKey & { entity: string }>;
  nextKey: LastKey | null;
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
  addCounters(key: ItemKey, increments: Record<string, number>, attributes: Record<string, string | number>): Promise<void>;
  /** Writes all operations or none; a failed condition becomes `ItemVersionConflictError` or `ItemAlreadyExistsError`. */
  transact(operations: readonly TransactOperation[]): Promise<void>;
  /** How many items a Query matches (`Select: COUNT`, every page): the items themselves never come back. */
  count(input: CountInput): Promise<number>;
  /**
   * One page of segment `segment` of a parallel Scan that returns only partition keys: the daily
   * usage job counts each county's stored items with it.
   */
  scanPartitionKeys(input: { segment: number; segments: number; startKey?: LastKey | undefined }): Promise<PartitionKeyPage>;
  /**
   * One page of segment `segment` of a parallel Scan for one county's items: their keys and kinds
   * only. Offboarding exports and deletes a county by these keys, read and removed through the
   * county's own confined session.
   */
  scanTenantKeys(input: { tenantId: string; segment: number; segments: number; startKey?: LastKey | undefined }): Promise<TenantKeyPage>;
  /** Deletes the items in requests of up to 25 (asking again for unprocessed ones); missing items are no error. */
  batchDelete(keys: readonly ItemKey[]): Promise<void>;
  /** The table's item count and size as DynamoDB last published them (in AWS, about every six hours). */
  tableSize(): Promise<{ items: number; bytes: number }>;
}

/**
 * One page of a parallel Scan segment returning only `attributes` (named `#a0`, `#a1`… for a
 * filter). The projection is asked for explicitly: IAM allows a job's Scan only with exactly it.
 */
const projectedScan = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  {
    segment,
    segments,
    startKey,
    attributes,
    filter,
  }: { segment: number; segments: number; startKey: LastKey | undefined; attributes: readonly string[]; filter?: { expression: string; values: Record<string, string> } },
): Promise<{ items: Record<string, unknown>[]; nextKey: LastKey | null }> => {
  const names = Object.fromEntries(attributes.map((attribute, index) => [`#a${index}`, attribute]));
  const { Items = [], LastEvaluatedKey } = await client.send(
    new ScanCommand({
      TableName: tableName,
      Segment: segment,
      TotalSegments: segments,
      Select: 'SPECIFIC_ATTRIBUTES',
      ProjectionExpression: Object.keys(names).join(', '),
      ExpressionAttributeNames: names,
      ...(filter ? { FilterExpression: filter.expression, ExpressionAttributeValues: filter.values } : {}),
      ExclusiveStartKey: startKey,
    }),
  );
  return { items: Items, nextKey: (LastEvaluatedKey as LastKey | undefined) ?? null };
};

/** DynamoDB's limit of keys in one BatchGetItem request. */
const batchGetLimit = 100;

/** DynamoDB's limit of writes in one BatchWriteItem request. */
const batchWriteLimit = 25;
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

const indexPartitionKeys: readonly string[] = tableDefinition.globalSecondaryIndexes.map((index) => index.partitionKey);

/** True when `key` is exactly `prefix` or `prefix#…`, so `T#lappi` never admits `T#lappi-2`. */
const hasPrefix = (key: string, prefix: string): boolean => key === prefix || key.startsWith(`${prefix}#`);

/**
 * Throws unless every index partition key in `attributes` (an item, or an update's changes) lies
 * under one of `prefixes`; an attribute being removed (undefined) indexes nothing.
 */
const requireIndexKeysWithin = (prefixes: readonly string[] | undefined, attributes: Record<string, unknown>): void => {
  if (!prefixes) return;
  for (const attribute of indexPartitionKeys) {
    const value = attributes[attribute];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !prefixes.some((prefix) => hasPrefix(value, prefix))) throw new IndexKeyOutOfScopeError(attribute, typeof value === 'string' ? value : JSON.stringify(value));
  }
};

const attributesWritten = (operation: TransactOperation): Record<string, unknown> => {
  switch (operation.kind) {
    case 'create':
    case 'replace':
      return operation.item;
    case 'update':
      return operation.changes;
    case 'delete':
    case 'requireExists':
      return {};
  }
};

export interface TableGatewayOptions {
  /**
   * The key prefixes this gateway may index items under (a county's `T#<tenant>`). IAM confines a
   * county's session by the table's partition key only; an item it writes could still carry an
   * index partition key of another county and so surface in that county's queries. Absent for the
   * platform gateway, whose role IAM confines to the shared prefixes.
   */
  indexKeyPrefixes?: readonly string[];
}

/**
 * The only code that talks to the table: every item read is parsed by its schema, every create
 * is conditional on absence and every update on the version the caller last saw.
 */
export const createTableGateway = (client: DynamoDBDocumentClient, tableName: string, { indexKeyPrefixes }: TableGatewayOptions = {}): TableGateway => ({
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

  async queryPage({ schema, index, partition, sortKeyBeginsWith, sortKeyAfter, sortKeyBetween, limit, cursor, newestFirst }) {
    const exclusiveStartKey: LastKey | undefined = cursor ? decodeCursor(cursor, partitionAttributeOf(index), partition) : undefined;
    const condition = keyConditionOf(index, partition, { sortKeyBeginsWith, sortKeyAfter, sortKeyBetween });
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: condition.expression,
        ExpressionAttributeNames: condition.names,
        ExpressionAttributeValues: condition.values,
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
    requireIndexKeysWithin(indexKeyPrefixes, item);
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
    requireIndexKeysWithin(indexKeyPrefixes, attributes);
    const counters = Object.entries(increments).map(([name, amount], index) => ({ name, value: amount, ref: `c${index}` }));
    if (counters.length === 0) return;
    const fixed = Object.entries(attributes).map(([name, value], index) => ({ name, value, ref: `a${index}` }));
    const sets = ['#version = if_not_exists(#version, :one)', '#createdAt = if_not_exists(#createdAt, :now)', '#updatedAt = :now', ...fixed.map(({ ref }) => `#${ref} = :${ref}`)];
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: `ADD ${counters.map(({ ref }) => `#${ref} :${ref}`).join(', ')} SET ${sets.join(', ')}`,
        ExpressionAttributeNames: {
          '#version': 'version',
          '#createdAt': 'createdAt',
          '#updatedAt': 'updatedAt',
          ...Object.fromEntries([...counters, ...fixed].map(({ ref, name }) => [`#${ref}`, name])),
        },
        ExpressionAttributeValues: { ':one': 1, ':now': new Date().toISOString(), ...Object.fromEntries([...counters, ...fixed].map(({ ref, value }) => [`:${ref}`, value])) },
      }),
    );
  },

  async transact(operations) {
    for (const operation of operations) requireIndexKeysWithin(indexKeyPrefixes, attributesWritten(operation));
    return transactWrite(client, tableName, operations);
  },

  async count({ index, partition, sortKeyBeginsWith, where }) {
    const condition = keyConditionOf(index, partition, { sortKeyBeginsWith });
    const { names, values, ...filter } = filterExpressionOf(where);
    let total = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const { Count = 0, LastEvaluatedKey }: { Count?: number; LastEvaluatedKey?: Record<string, unknown> } = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: index,
          Select: 'COUNT',
          KeyConditionExpression: condition.expression,
          ...filter,
          ExpressionAttributeNames: { ...condition.names, ...names },
          ExpressionAttributeValues: { ...condition.values, ...values },
          ExclusiveStartKey: startKey,
        }),
      );
      total += Count;
      startKey = LastEvaluatedKey;
    } while (startKey);
    return total;
  },

  async scanPartitionKeys({ segment, segments, startKey }) {
    const { items, nextKey } = await projectedScan(client, tableName, { segment, segments, startKey, attributes: [tableDefinition.partitionKey] });
    return { partitionKeys: items.map((item) => String(item[tableDefinition.partitionKey])), nextKey };
  },

  async scanTenantKeys({ tenantId, segment, segments, startKey }) {
    const { items, nextKey } = await projectedScan(client, tableName, {
      segment,
      segments,
      startKey,
      attributes: ['pk', 'sk', 'entity'],
      // `T#<id>` itself or `T#<id>#…`: `lappi` never matches `lappi-2`.
      filter: { expression: '#a0 = :exact OR begins_with(#a0, :prefix)', values: { ':exact': tenantKeyPrefix(tenantId), ':prefix': `${tenantKeyPrefix(tenantId)}#` } },
    });
    return { keys: items.map((item) => ({ pk: String(item.pk), sk: String(item.sk), entity: typeof item.entity === 'string' ? item.entity : 'unknown' })), nextKey };
  },

  async batchDelete(keys) {
    for (let start = 0; start < keys.length; start += batchWriteLimit) {
      let pending: Record<string, unknown>[] = keys.slice(start, start + batchWriteLimit).map((key) => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } }));
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt > unprocessedRetries) throw new Error('BatchWriteItem left deletions unprocessed after retries');
        if (attempt > 0) await pause(unprocessedBackoffMs * 2 ** (attempt - 1));
        const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = UnprocessedItems?.[tableName] ?? [];
      }
    }
  },

  async tableSize() {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return { items: Table?.ItemCount ?? 0, bytes: Table?.TableSizeBytes ?? 0 };
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
    requireIndexKeysWithin(indexKeyPrefixes, changes);
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
