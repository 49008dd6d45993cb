import { describe, expect, it } from 'vitest';
import { addDays, isoWeekdayOf } from '../../shared/helsinki-day';
import { SearchDayInvalidError } from './calendar-days';
import { createSearchIndex } from './search-index';
import { generateDocument, randomQuery } from './test-corpus';
import { query, toSearchDocument } from './test-fixtures';
import type { SearchDocument } from './types';

const event = (id: string, overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  ...toSearchDocument({ id, title: { fi: 'Retki' }, organisation: 'Yhdistys', description: '', municipality: 'Kuopio', updatedAt: '2025-01-01T00:00:00Z' }),
  ...overrides,
});

/**
 * The document as a build on `today` used to index it, before the day was applied per query:
 * absent outside its validity period, its next date and the weekdays still ahead worked out.
 */
const asBuiltOn = (document: SearchDocument, today: string): SearchDocument | null => {
  if ((document.validFrom !== null && document.validFrom > today) || (document.validUntil !== null && document.validUntil < today)) return null;
  const ahead = document.dates.filter((date) => date >= today).sort();
  return {
    ...document,
    filters: { ...document.filters, weekdays: [...new Set([...document.filters.weekdays, ...ahead.map(isoWeekdayOf)])] },
    validFrom: null,
    validUntil: null,
    dates: ahead.slice(0, 1),
  };
};

describe('catalog search on the query day', () => {
  it('shows a listing from its first to its last valid day, inclusive', () => {
    const index = createSearchIndex([event('summer', { validFrom: '2025-06-01', validUntil: '2025-08-31' }), event('open', { validUntil: '2025-06-01' })]);
    const on = (today: string) => index.search(query({ q: 'retki', today })).ids.sort();
    expect(on('2025-05-31')).toEqual(['open']);
    expect(on('2025-06-01')).toEqual(['open', 'summer']);
    expect(on('2025-06-02')).toEqual(['summer']);
    expect(on('2025-08-31')).toEqual(['summer']);
    expect(on('2025-09-01')).toEqual([]);
    expect(index.search(query({ today: '2025-09-01' })).total).toBe(0);
  });

  it('orders upcoming by the first date on or after the day, and a listing whose dates have passed like an ongoing one', () => {
    const index = createSearchIndex([event('a', { dates: ['2025-05-10', '2025-07-01'] }), event('b', { dates: ['2025-06-15'] }), event('weekly', { updatedAt: '2025-02-01T00:00:00Z' })]);
    const upcoming = (today: string) => index.search(query({ today, order: 'upcoming' })).ids;
    expect(upcoming('2025-05-01')).toEqual(['a', 'b', 'weekly']);
    expect(upcoming('2025-05-11')).toEqual(['b', 'a', 'weekly']);
    expect(upcoming('2025-06-16')).toEqual(['a', 'weekly', 'b']);
    expect(upcoming('2025-07-02')).toEqual(['weekly', 'a', 'b']);
  });

  it('counts and filters the weekdays of dated occurrences only while they are ahead', () => {
    // 2025-05-10 is a Saturday, 2025-05-13 a Tuesday.
    const index = createSearchIndex([
      event('dated', { dates: ['2025-05-13', '2025-05-10'], filters: { ...event('x').filters, weekdays: [2] } }),
      event('weekly', { filters: { ...event('x').filters, weekdays: [3] } }),
    ]);
    const on = (today: string, weekdays?: number[]) => index.search(query({ today, ...(weekdays ? { weekdays } : {}) }));
    expect(on('2025-05-10').facets.weekdays).toEqual({ '2': 1, '3': 1, '6': 1 });
    expect(on('2025-05-10', [6]).ids).toEqual(['dated']);
    expect(on('2025-05-11').facets.weekdays).toEqual({ '2': 1, '3': 1 });
    expect(on('2025-05-11', [6]).ids).toEqual([]);
    expect(on('2025-05-14', [2]).ids).toEqual(['dated']);
  });

  it('refuses a day that is not a calendar day, in a query or a document, and keeps the index as it was', () => {
    const index = createSearchIndex([event('kept', { dates: ['2025-05-10'] })]);
    expect(() => index.search(query({ today: '2025-02-30' }))).toThrow(SearchDayInvalidError);
    expect(() => index.search(query({ today: '1.5.2025' }))).toThrow(/today: expected a calendar day/);
    expect(() => index.upsert(event('kept', { validFrom: '2025-13-01' }))).toThrow(/validFrom/);
    expect(() => index.upsert(event('kept', { dates: ['2025-05-10', 'tomorrow'] }))).toThrow(/dates/);
    expect(index.search(query({ order: 'upcoming' })).ids).toEqual(['kept']);
  });

  it('answers on any day exactly as an index built on that day does, however long ago it was built', () => {
    const documents = Array.from({ length: 2000 }, (_, n) => generateDocument(n));
    const index = createSearchIndex(documents);
    const boundaries = documents.flatMap((document) => [document.validFrom, document.validUntil, ...document.dates]).filter((day): day is string => day !== null);
    const days = ['2024-12-31', '2025-06-15', ...[0, 97, 401, 1203].flatMap((n) => [addDays(boundaries[n] as string, -1), boundaries[n] as string, addDays(boundaries[n] as string, 1)])];
    const queries = Array.from({ length: 40 }, randomQuery);
    for (const today of days) {
      const builtThatDay = createSearchIndex(documents.flatMap((document) => asBuiltOn(document, today) ?? []));
      for (const next of queries) {
        const dayQuery = { ...next, today };
        expect(index.search(dayQuery), `${today} ${JSON.stringify(next)}`).toEqual(builtThatDay.search(dayQuery));
      }
    }
  }, 60_000);
});
