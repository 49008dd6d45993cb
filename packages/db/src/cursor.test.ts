import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { CursorInvalidError } from './errors';

describe('cursor', () => {
  const key = { pk: 'T#lappi#USERS', sk: 'USER#a' };

  it('round-trips a key of the queried partition', () => {
    expect(decodeCursor(encodeCursor(key), 'pk', 'T#lappi#USERS')).toEqual(key);
  });

  it('allows index keys of the same tenant', () => {
    const indexKey = { pk: 'T#lappi#X#1', sk: 'A', gsi1pk: 'T#lappi#BY', gsi1sk: '2026' };
    expect(decodeCursor(encodeCursor(indexKey), 'gsi1pk', 'T#lappi#BY')).toEqual(indexKey);
  });

  it.each([
    ['another tenant', 'pk', { pk: 'T#pohjois-savo#USERS', sk: 'USER#a' }],
    ['a prefix look-alike', 'pk', { pk: 'T#lappi-x#USERS', sk: 'USER#a' }],
    ['a foreign table key under our index partition', 'gsi1pk', { pk: 'T#pohjois-savo#X', sk: 'A', gsi1pk: 'T#lappi#USERS', gsi1sk: 'x' }],
    ['an unknown attribute', 'pk', { pk: 'T#lappi#USERS', sk: 'USER#a', other: 'x' }],
  ])('refuses %s', (_label, partitionAttribute, forged) => {
    expect(() => decodeCursor(encodeCursor(forged), partitionAttribute, 'T#lappi#USERS')).toThrow(CursorInvalidError);
  });

  it.each(['', 'not-base64!', Buffer.from('{"v":2,"key":{}}').toString('base64url'), Buffer.from('[1]').toString('base64url')])('refuses garbage %j', (garbage) => {
    expect(() => decodeCursor(garbage, 'pk', 'T#lappi#USERS')).toThrow(CursorInvalidError);
  });
});
