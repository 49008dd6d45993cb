import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
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
  get<T>(key: ItemKey, schema: z.ZodType<T>): Promise<T | null>;
  queryPage<T>(input: QueryPageInput<T>): Promise<Page<T>>;
  /** Creates an item at version 1; throws `ItemAlreadyExistsError` if the key is taken. */
  putNew(item: ItemKey & Record<string, unknown>): Promise<StoredMeta>;
  /** Creates an item unless its key is taken; true when it was created. For idempotent seeding and retries. */
  putIfAbsent(item: ItemKey & Record<string, unknown>): Promise<boolean>;
  /** Sets `changes` only if the stored version is `expectedVersion`; returns the new item. */
  updateVersioned<T>(key: ItemKey, expectedVersion: number, changes: Record<string, unknown>, schema: z.ZodType<T>): Promise<T>;
}

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

const updateExpressionOf = (changes: Record<string, unknown>) => {
  const names: Record<string, string> = { '#version': tableDefinition.versionAttribute, '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':expected': 0, ':one': 1, ':now': new Date().toISOString() };
  const sets = ['#version = #version + :one', '#updatedAt = :now'];
  Object.entries(changes).forEach(([name, value], position) => {
    names[`#a${position}`] = name;
    values[`:v${position}`] = value;
    sets.push(`#a${position} = :v${position}`);
  });
  return { expression: `SET ${sets.join(', ')}`, names, values };
};

/**
 * The only code that talks to the table: every item read is parsed by its schema, every create
 * is conditional on absence and every update on the version the caller last saw.
 */
export const createTableGateway = (client: DynamoDBDocumentClient, tableName: string): TableGateway => ({
  tableName,

  async get(key, schema) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key }));
    return Item ? parseItem(schema, Item) : null;
  },

  async queryPage({ schema, index, partition, sortKeyBeginsWith, limit, cursor, newestFirst }) {
    const partitionAttribute = partitionAttributeOf(index);
    const exclusiveStartKey: LastKey | undefined = cursor ? decodeCursor(cursor, partitionAttribute, partition) : undefined;
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: sortKeyBeginsWith ? '#p = :p AND begins_with(#s, :s)' : '#p = :p',
        ExpressionAttributeNames: { '#p': partitionAttribute, ...(sortKeyBeginsWith ? { '#s': sortAttributeOf(index) } : {}) },
        ExpressionAttributeValues: { ':p': partition, ...(sortKeyBeginsWith ? { ':s': sortKeyBeginsWith } : {}) },
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

  async putIfAbsent(item) {
    try {
      await this.putNew(item);
      return true;
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return false;
      throw error;
    }
  },

  async updateVersioned(key, expectedVersion, changes, schema) {
    const { expression, names, values } = updateExpressionOf(changes);
    try {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: expression,
          ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':expected': expectedVersion },
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
