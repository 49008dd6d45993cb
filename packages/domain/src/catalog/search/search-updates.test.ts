import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import { fixtureDocuments, query, toSearchDocument } from './test-fixtures';
import type { SearchDocument, SearchIndex } from './types';

const club = (id: string, title: string, municipality = 'Kuopio', updatedAt = '2025-01-01T00:00:00Z'): SearchDocument =>
  toSearchDocument({ id, title: { fi: title }, organisation: 'Yhdistys', description: '', municipality, updatedAt });

const ids = (index: SearchIndex, q: string) => index.search(query({ q })).ids;

describe('catalog search index updates', () => {
  it('replaces a document on upsert, so that its old words no longer match', () => {
    const index = createSearchIndex(fixtureDocuments);
    const molkky = fixtureDocuments.find((document) => document.id === 'molkky') as SearchDocument;
    index.upsert({ ...molkky, fields: [{ text: 'Petankki-ilta', weight: 4 }], filters: { ...molkky.filters, municipality: 'Inari' } });
    expect(index.size).toBe(fixtureDocuments.length);
    expect(ids(index, 'mölkky')).toEqual([]);
    expect(ids(index, 'petankki')).toEqual(['molkky']);
    const facets = index.search(query()).facets.municipalities;
    expect(facets.Inari).toBe(1);
    expect(facets.Sodankylä).toBe(3);
  });

  it('removes a document from results and facet counts', () => {
    const index = createSearchIndex(fixtureDocuments);
    index.remove('kasityokerho');
    index.remove('no-such-id');
    expect(index.has('kasityokerho')).toBe(false);
    expect(index.has('molkky')).toBe(true);
    expect(index.size).toBe(fixtureDocuments.length - 1);
    expect(ids(index, 'käsityö')).toEqual([]);
    expect(ids(index, 'ikäihmiset sodankylä')).toEqual([]);
    expect(index.search(query({ q: 'sodankylä' })).facets.municipalities).toEqual({ Sodankylä: 3 });
  });

  it('forgets a word with its last document and learns it again from a new one', () => {
    const index = createSearchIndex([club('a', 'Mölkkyilta'), club('b', 'Kerho')]);
    index.remove('a');
    expect(ids(index, 'mölkkyilta')).toEqual([]);
    expect(ids(index, 'molkky')).toEqual([]);
    index.upsert(club('c', 'Mölkkyilta Kuopiossa'));
    expect(ids(index, 'mölkky')).toEqual(['c']);
    expect(ids(index, 'molkkyilta')).toEqual(['c']);
  });

  it('never shows removed documents through shared words', () => {
    const index = createSearchIndex(Array.from({ length: 40 }, (_, n) => club(`k${n}`, `Kerho ${n % 2 ? 'parillinen' : 'pariton'}`)));
    for (let n = 0; n < 30; n++) index.remove(`k${n}`);
    expect(index.search(query({ q: 'kerho' })).total).toBe(10);
    expect(index.search(query({ q: 'kerho pariton' })).total).toBe(5);
    expect(index.search(query()).total).toBe(10);
  });

  it('stays correct when most of the vocabulary goes away and parts of it come back', () => {
    const index = createSearchIndex(Array.from({ length: 3000 }, (_, n) => club(`u${n}`, `Kerho${n} yhteinen`)));
    for (let n = 0; n < 2900; n++) index.remove(`u${n}`);
    expect(ids(index, 'kerho1')).toEqual([]);
    expect(index.search(query({ q: 'yhteinen' })).total).toBe(100);
    index.upsert(club('again', 'Kerho1 palasi'));
    expect(ids(index, 'kerho1')).toEqual(['again']);
    expect(ids(index, 'kerho2950')).toEqual(['u2950']);
    expect(ids(index, 'kerho2905 yhteinen')).toEqual(['u2905']);
  });

  it('keeps the last of duplicate ids given at creation', () => {
    const index = createSearchIndex([club('x', 'Ensimmäinen'), club('x', 'Toinen')]);
    expect(index.size).toBe(1);
    expect(ids(index, 'toinen')).toEqual(['x']);
    expect(ids(index, 'ensimmäinen')).toEqual([]);
  });

  it('answers like a freshly built index after thousands of updates', () => {
    const titles = ['Kuntosaliryhmä', 'Vertaisryhmä', 'Mölkkyilta', 'Kävelyryhmä', 'Lukupiiri', 'Tuolijumppa'];
    const municipalities = ['Kuopio', 'Kokkola', 'Sodankylä'];
    const version = (n: number, round: number) =>
      club(`d${n}`, `${titles[(n + round) % titles.length]} ${round}`, municipalities[(n * round) % 3], `2025-01-${String(1 + ((n + round) % 28)).padStart(2, '0')}T00:00:00Z`);
    const index = createSearchIndex();
    const latest = new Map<string, SearchDocument>();
    for (let round = 0; round < 60; round++) {
      for (let n = 0; n < 50; n++) {
        const document = version(n, round);
        if ((n + round) % 11 === 0) {
          index.remove(document.id);
          latest.delete(document.id);
        } else {
          index.upsert(document);
          latest.set(document.id, document);
        }
      }
    }
    const fresh = createSearchIndex(latest.values());
    expect(index.size).toBe(fresh.size);
    for (const q of ['', 'ryhmä', 'mölkky 59', 'kuopio', 'kavelyryhma', '58']) {
      for (const order of ['relevance', 'upcoming'] as const) {
        expect(index.search(query({ q, order, municipalities: ['Kuopio', 'Kokkola'] })), q).toEqual(fresh.search(query({ q, order, municipalities: ['Kuopio', 'Kokkola'] })));
      }
    }
  });
});
