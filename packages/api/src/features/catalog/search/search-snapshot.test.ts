import type { Activity } from '@linkki/db';
import { createSearchIndex, type Organisation } from '@linkki/domain';
import { describe, expect, it } from 'vitest';
import { CatalogActivities } from './catalog-activities';
import { type CatalogState, placeActivity } from './catalog-state';
import { decodeSearchSnapshot, encodeSearchSnapshot, CatalogSnapshotInvalidError } from './search-snapshot';

const organisation = { id: 'ps-kuopion-latu', kind: 'association', name: { fi: 'Kuopion Latu ry' }, contact: {}, municipalities: ['Kuopio'], editors: [] } as unknown as Organisation;

const listing = (id: string, title: string, validUntil?: string): Activity => ({
  id,
  status: 'published',
  version: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  lastVerifiedAt: '2026-11-01T10:00:00.000Z',
  awaitingModeration: false,
  createdBy: 'editor',
  updatedBy: 'editor',
  content: {
    organisationId: organisation.id,
    title: { fi: title },
    description: { fi: 'Tule mukaan.' },
    themes: ['exercise'],
    targetGroups: ['elderly'],
    municipality: 'Kuopio',
    schedule: { weekly: [{ weekday: 2, start: '10:00', end: '11:00' }], dates: [] },
    cost: { free: true },
    languages: ['fi'],
    accessibility: [],
    accompanimentWelcome: false,
    registrationRequired: false,
    contact: {},
    ...(validUntil ? { validUntil } : {}),
  },
});

const stateOf = (...activities: Activity[]): CatalogState => {
  const state: CatalogState = {
    index: createSearchIndex(),
    activities: new CatalogActivities(),
    organisations: new Map([[organisation.id, organisation]]),
    watermark: 1_780_000_000_000,
    builtAt: 1_779_990_000_000,
  };
  for (const activity of activities) placeActivity(state, activity);
  return state;
};

const search = (state: CatalogState, q: string, today: string) => state.index.search({ q, today, order: 'relevance', offset: 0, limit: 20 }).ids;

describe('search snapshots', () => {
  it('give back the listings, organisations, watermark and a searchable index that takes further changes', () => {
    const snapshot = encodeSearchSnapshot('pohjois-savo', stateOf(listing('a-1', 'Sauvakävely'), listing('a-2', 'Tuolijumppa', '2026-12-03'), listing('a-3', 'Kuorolaulu')));
    const state = decodeSearchSnapshot('pohjois-savo', snapshot);
    expect([...state.activities.ids()].sort()).toEqual(['a-1', 'a-2', 'a-3']);
    expect(state.activities.get('a-2')?.content.validUntil).toBe('2026-12-03');
    expect(state.organisations.get(organisation.id)?.name.fi).toBe('Kuopion Latu ry');
    expect({ watermark: state.watermark, builtAt: state.builtAt }).toEqual({ watermark: 1_780_000_000_000, builtAt: 1_779_990_000_000 });
    expect(search(state, 'sauvakävely', '2026-12-03')).toEqual(['a-1']);
    // Validity is the query's business: the listing that ends today is found today and not tomorrow.
    expect(search(state, 'tuolijumppa', '2026-12-03')).toEqual(['a-2']);
    expect(search(state, 'tuolijumppa', '2026-12-04')).toEqual([]);
    placeActivity(state, { ...listing('a-1', 'Lumikenkäily'), version: 2 });
    expect(search(state, 'sauvakävely', '2026-12-03')).toEqual([]);
    expect(search(state, 'lumikenkäily', '2026-12-03')).toEqual(['a-1']);
    // Carried forward as the job does: a listing never read goes into the next snapshot as it came.
    const next = decodeSearchSnapshot('pohjois-savo', encodeSearchSnapshot('pohjois-savo', state));
    expect(next.activities.get('a-3')).toEqual(listing('a-3', 'Kuorolaulu'));
    expect(next.activities.get('a-1')?.content.title.fi).toBe('Lumikenkäily');
    expect(search(next, 'kuorolaulu', '2026-12-03')).toEqual(['a-3']);
  });

  it("refuse a file that is not a snapshot, another county's, another format, damaged or cut off", () => {
    const snapshot = encodeSearchSnapshot('pohjois-savo', stateOf(listing('a-1', 'Sauvakävely')));
    const refused = (bytes: Uint8Array, tenantId = 'pohjois-savo') => {
      try {
        decodeSearchSnapshot(tenantId, bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(CatalogSnapshotInvalidError);
        return (error as Error).message;
      }
      throw new Error('the snapshot was accepted');
    };
    expect(refused(new TextEncoder().encode('{"listings":[]}'))).toMatch(/not a search snapshot/);
    expect(refused(snapshot, 'kainuu')).toMatch(/of kainuu .*snapshot of pohjois-savo/);
    const otherFormat = snapshot.slice();
    otherFormat[11] = 99;
    expect(refused(otherFormat)).toMatch(/format 99/);
    const damaged = snapshot.slice();
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
    expect(refused(damaged)).toMatch(/checksum/);
    expect(refused(snapshot.subarray(0, snapshot.length - 10))).toMatch(/checksum/);
  });
});
