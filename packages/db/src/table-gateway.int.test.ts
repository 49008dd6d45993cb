import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestTable } from '../../../tests/helpers/test-table';
import { ensureTable } from './create-table';
import { encodeCursor } from './cursor';
import { CursorInvalidError, IndexKeyOutOfScopeError, ItemAlreadyExistsError, ItemCorruptError, ItemNotFoundError, ItemVersionConflictError } from './errors';
import { networkKey, tenantKey } from './keys';
import { storedItemSchema } from './stored-item.schema';
import { createTableAccess } from './table-access';
import { createTableGateway } from './table-gateway';

const noteSchema = storedItemSchema.extend({ text: z.string() });

const setup = async () => {
  const table = await createTestTable({ seed: false });
  return { ...table, gateway: createTableGateway(table.client, table.tableName) };
};

describe('table gateway on DynamoDB Local', () => {
  it('creates once, and reports a second create of the same key', async () => {
    const { gateway } = await setup();
    const key = { pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#1' };
    const meta = await gateway.putNew({ ...key, text: 'first' });
    expect(meta.version).toBe(1);
    await expect(gateway.putNew({ ...key, text: 'second' })).rejects.toBeInstanceOf(ItemAlreadyExistsError);
    expect(await gateway.putIfAbsent({ ...key, text: 'third' })).toBe(false);
    expect((await gateway.get(key, noteSchema))?.text).toBe('first');
  });

  it('updates at the expected version and refuses a stale one without losing the first change', async () => {
    const { gateway } = await setup();
    const key = { pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#2' };
    await gateway.putNew({ ...key, text: 'draft' });
    const updated = await gateway.updateVersioned(key, 1, { text: 'edited by A' }, noteSchema);
    expect(updated).toMatchObject({ version: 2, text: 'edited by A' });
    await expect(gateway.updateVersioned(key, 1, { text: 'edited by B' }, noteSchema)).rejects.toBeInstanceOf(ItemVersionConflictError);
    expect((await gateway.get(key, noteSchema))?.text).toBe('edited by A');
  });

  it('lets only one of two concurrent updates of the same version win', async () => {
    const { gateway } = await setup();
    const key = { pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#3' };
    await gateway.putNew({ ...key, text: 'draft' });
    const outcomes = await Promise.allSettled([gateway.updateVersioned(key, 1, { text: 'A' }, noteSchema), gateway.updateVersioned(key, 1, { text: 'B' }, noteSchema)]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason instanceof ItemVersionConflictError)).toHaveLength(1);
  });

  it('reads more keys than one BatchGetItem request takes, and leaves out the missing ones', async () => {
    const { gateway } = await setup();
    const partition = tenantKey('lappi', 'BATCH');
    const stored = Array.from({ length: 130 }, (_, index) => ({ pk: partition, sk: `NOTE#${String(index).padStart(3, '0')}` }));
    for (const key of stored) await gateway.putNew({ ...key, text: key.sk });
    const asked = [...stored, { pk: partition, sk: 'NOTE#missing' }];
    const found = await gateway.batchGet(asked, noteSchema);
    expect(found.map((note) => note.text).sort()).toEqual(stored.map((key) => key.sk));
  });

  it('reports an update of a missing item as not found, not as a conflict', async () => {
    const { gateway } = await setup();
    await expect(gateway.updateVersioned({ pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#none' }, 1, { text: 'x' }, noteSchema)).rejects.toBeInstanceOf(ItemNotFoundError);
  });

  it('pages through a partition with opaque cursors and refuses one forged for another tenant', async () => {
    const { gateway } = await setup();
    const partition = tenantKey('lappi', 'NOTES');
    for (let index = 0; index < 5; index += 1) await gateway.putNew({ pk: partition, sk: `NOTE#${index}`, text: `note ${index}` });
    const first = await gateway.queryPage({ schema: noteSchema, partition, limit: 2 });
    const second = await gateway.queryPage({ schema: noteSchema, partition, limit: 2, cursor: first.nextCursor ?? undefined });
    const third = await gateway.queryPage({ schema: noteSchema, partition, limit: 2, cursor: second.nextCursor ?? undefined });
    expect([...first.items, ...second.items, ...third.items].map((item) => item.text)).toEqual(['note 0', 'note 1', 'note 2', 'note 3', 'note 4']);
    const forged = encodeCursor({ pk: tenantKey('pohjois-savo', 'NOTES'), sk: 'NOTE#0' });
    await expect(gateway.queryPage({ schema: noteSchema, partition, limit: 2, cursor: forged })).rejects.toBeInstanceOf(CursorInvalidError);
  });

  it('refuses to return an item that does not match its schema', async () => {
    const { gateway, client, tableName } = await setup();
    const key = { pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#bad' };
    await client.send(new PutCommand({ TableName: tableName, Item: { ...key, text: 42 } }));
    await expect(gateway.get(key, noteSchema)).rejects.toBeInstanceOf(ItemCorruptError);
  });

  it('creates the table only once', async () => {
    const { client, tableName } = await setup();
    expect(await ensureTable(client, tableName)).toBe(false);
  });

  it('reads a sort key range with both ends included, and counts what a filter keeps without returning it', async () => {
    const { gateway } = await setup();
    const partition = tenantKey('lappi', 'DAYS');
    for (const [day, status] of [
      ['2026-03-01', 'open'],
      ['2026-03-02', 'closed'],
      ['2026-03-03', undefined],
      ['2026-03-04', 'open'],
    ] as const) {
      await gateway.putNew({ pk: partition, sk: day, text: day, ...(status ? { status } : {}) });
    }
    const range = await gateway.queryPage({ schema: noteSchema, partition, sortKeyBetween: ['2026-03-02', '2026-03-03'], limit: 10 });
    expect(range.items.map((item) => item.sk)).toEqual(['2026-03-02', '2026-03-03']);
    expect(await gateway.count({ partition })).toBe(4);
    expect(await gateway.count({ partition, where: { attribute: 'status', equals: 'open' } })).toBe(2);
    expect(await gateway.count({ partition, where: { attribute: 'status', equals: 'open', orAbsent: true } })).toBe(3);
  });

  it('scans partition keys only, segment by segment, and knows its size', async () => {
    const { gateway } = await setup();
    for (let index = 0; index < 5; index += 1) await gateway.putNew({ pk: tenantKey('lappi', 'SCAN', String(index)), sk: 'X', text: 'not returned' });
    const keys: string[] = [];
    for (let segment = 0; segment < 2; segment += 1) {
      const page = await gateway.scanPartitionKeys({ segment, segments: 2 });
      expect(page.nextKey).toBeNull();
      keys.push(...page.partitionKeys);
    }
    expect(keys.sort()).toEqual([0, 1, 2, 3, 4].map((index) => tenantKey('lappi', 'SCAN', String(index))));
    expect(await gateway.tableSize()).toMatchObject({ items: 5, bytes: expect.any(Number) });
  });
});

describe("a county's gateway and the keys of the indexes", () => {
  const setupCounty = async () => {
    const table = await createTestTable({ seed: false });
    const tables = createTableAccess({ tableName: table.tableName, platformClient: table.client });
    return { ...table, lappi: tables.tenant('lappi'), platform: tables.platform };
  };
  const own = { pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#1' };
  const foreignIndexKeys = [tenantKey('pohjois-savo', 'NOTES'), 'T#lappi-2#NOTES', networkKey('NOTES'), 'NOTES'];

  it('writes items whose index partition keys carry its own prefix', async () => {
    const { lappi } = await setupCounty();
    await lappi.putNew({ ...own, text: 'first', gsi1pk: tenantKey('lappi', 'BY-NAME'), gsi1sk: 'a' });
    const updated = await lappi.updateVersioned(own, 1, { text: 'second', gsi2pk: tenantKey('lappi', 'QUEUE'), gsi2sk: 'b', gsi1pk: undefined }, noteSchema);
    expect(updated.text).toBe('second');
  });

  it.each(foreignIndexKeys)('refuses to put, update, transact or count an item indexed under %s', async (foreign) => {
    const { lappi } = await setupCounty();
    await lappi.putNew({ ...own, text: 'kept' });
    const key = { pk: tenantKey('lappi', 'NOTES'), sk: 'NOTE#2' };
    await expect(lappi.putNew({ ...key, text: 'x', gsi1pk: foreign, gsi1sk: 'x' })).rejects.toBeInstanceOf(IndexKeyOutOfScopeError);
    await expect(lappi.putIfAbsent({ ...key, text: 'x', gsi3pk: foreign, gsi3sk: 'x' })).rejects.toBeInstanceOf(IndexKeyOutOfScopeError);
    await expect(lappi.updateVersioned(own, 1, { gsi2pk: foreign, gsi2sk: 'x' }, noteSchema)).rejects.toBeInstanceOf(IndexKeyOutOfScopeError);
    await expect(lappi.transact([{ kind: 'create', now: new Date().toISOString(), item: { ...key, text: 'x', gsi1pk: foreign, gsi1sk: 'x' } }])).rejects.toBeInstanceOf(IndexKeyOutOfScopeError);
    await expect(lappi.transact([{ kind: 'replace', now: new Date().toISOString(), item: { ...key, text: 'x', gsi1pk: foreign, gsi1sk: 'x' } }])).rejects.toBeInstanceOf(IndexKeyOutOfScopeError);
    await expect(lappi.transact([{ kind: 'update', key: own, expectedVersion: 1, now: new Date().toISOString(), changes: { gsi1pk: foreign, gsi1sk: 'x' } }])).rejects.toBeInstanceOf(
      IndexKeyOutOfScopeError,
    );
    await expect(lappi.addCounters({ pk: tenantKey('lappi', 'COUNTS'), sk: 'C' }, { views: 1 }, { gsi1pk: foreign, gsi1sk: 'x' })).rejects.toBeInstanceOf(IndexKeyOutOfScopeError);
    expect(await lappi.get(key, noteSchema, { consistent: true })).toBeNull();
    expect(await lappi.get(own, noteSchema, { consistent: true })).toMatchObject({ version: 1, text: 'kept' });
    expect(await lappi.get({ pk: tenantKey('lappi', 'COUNTS'), sk: 'C' }, z.object({ pk: z.string() }))).toBeNull();
  });

  it('leaves the platform gateway free to index platform items', async () => {
    const { platform } = await setupCounty();
    await platform.putNew({ pk: networkKey('POST', '1'), sk: 'POST', text: 'x', gsi1pk: networkKey('FEED'), gsi1sk: '1' });
  });
});
