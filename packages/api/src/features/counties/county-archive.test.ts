import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countyArchiveOf } from './county-archive';

describe('the county export archive', () => {
  it('holds one JSON-lines file per kind of item, the HSDS collections and a manifest that counts them', () => {
    const { archive, items } = countyArchiveOf({
      county: { slug: 'kainuu', name: 'Kainuun hyvinvointialue' },
      exportedAt: '2026-12-03T10:00:00.000Z',
      itemsByEntity: new Map([
        [
          'user',
          [
            { userId: 'a', displayName: 'Äiti Ö' },
            { userId: 'b', displayName: 'B' },
          ],
        ],
        ['organisation', [{ id: 'o-1', name: { fi: 'Yhdistys ry' } }]],
      ]),
      hsds: { services: { contents: [] }, organizations: { contents: [{ id: 'x' }] } },
    });
    expect(items).toBe(3);
    const files = unzipSync(archive);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'hsds/organizations.json', 'hsds/services.json', 'items/organisation.jsonl', 'items/user.jsonl', 'manifest.json']);
    const users = strFromU8(files['items/user.jsonl'] ?? new Uint8Array())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(users).toEqual([
      { userId: 'a', displayName: 'Äiti Ö' },
      { userId: 'b', displayName: 'B' },
    ]);
    expect(JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()))).toMatchObject({ items: 3, byEntity: { organisation: 1, user: 2 } });
  });
});
