import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import { fixtureDocuments, query, toSearchDocument } from './test-fixtures';

const index = createSearchIndex(fixtureDocuments);
const find = (q: string): string[] => index.search(query({ q })).ids;

describe('catalog text search: Finnish inflection and compounds', () => {
  it('finds compounds and inflected forms that start with the term', () => {
    expect(find('liikunta')).toEqual(expect.arrayContaining(['motionsgrupp', 'liikuntaneuvonta', 'tuolijumppa', 'perheliikunta', 'kuntosali-kuopio']));
  });

  it('strips case endings and follows consonant gradation (nt : nn)', () => {
    for (const q of ['liikuntaan', 'liikunnassa', 'liikuntaa']) {
      expect(find(q), q).toEqual(expect.arrayContaining(['liikuntaneuvonta', 'tuolijumppa', 'motionsgrupp']));
    }
    expect(find('mölkkyä')).toEqual(['molkky']);
  });

  it('matches -nen/-set words across their forms', () => {
    expect(find('ikäihmisille')).toEqual(expect.arrayContaining(['kuoro', 'digiapu', 'tuolijumppa', 'kasityokerho']));
    expect(find('ikäihmiset')).toEqual(expect.arrayContaining(['kuoro', 'digiapu']));
    expect(find('yksinäisille')).toEqual(expect.arrayContaining(['kohtaamispaikka', 'nuorten-vertaistuki', 'ystavatoiminta']));
  });

  it('finds the later part of a compound', () => {
    expect(find('ryhmä')).toEqual(expect.arrayContaining(['omaishoitajat', 'kuntosali-kuopio', 'nuorten-vertaistuki', 'ulkoiluryhma']));
    expect(find('kävely')).toEqual(expect.arrayContaining(['walking-group', 'diabetes-kavely', 'ulkoiluryhma']));
  });
});

describe('catalog text search: how people type', () => {
  it('matches words typed without ä, ö and å', () => {
    expect(find('aanestys')).toEqual(['aanestys']);
    expect(find('kasityo')).toEqual(['kasityokerho']);
    expect(find('molkky')).toEqual(['molkky']);
    expect(find('yksinaisyys')).toEqual(expect.arrayContaining(['kohtaamispaikka', 'nuorten-vertaistuki']));
  });

  it('forgives a typo in terms of five or more characters, and two in long ones', () => {
    expect(find('kuntosli').sort()).toEqual(['kuntosali-kuopio', 'kuntosaliopastus']);
    expect(find('vertasiryhmä')).toEqual(['omaishoitajat']);
    expect(find('liikumta')).toEqual(expect.arrayContaining(['liikuntaneuvonta', 'motionsgrupp']));
    expect(find('diabtees')).toEqual(expect.arrayContaining(['diabetes-kavely', 'diabetes-luento']));
  });

  it('does not guess at typos in short terms', () => {
    expect(find('kuro')).toEqual([]);
  });

  it('requires every term to match, each in any field', () => {
    expect(find('ikäihmiset sodankylä')).toEqual(['kasityokerho']);
    expect(find('liikunta kuopio').sort()).toEqual(['kuntosali-kuopio', 'liikuntaneuvonta']);
    expect(find('mölkky kuopio')).toEqual([]);
  });

  it('searches Swedish and English titles too', () => {
    expect(find('motion')).toEqual(['motionsgrupp']);
    expect(find('walking group')).toEqual(['walking-group']);
    expect(find('seniorer').sort()).toEqual(['kuntosali-kuopio', 'motionsgrupp', 'tanssiaiset']);
    expect(find('närståendevårdare')).toEqual(['kamratstod']);
  });

  it('finds nothing for an unknown word', () => {
    expect(index.search(query({ q: 'zzzz' }))).toMatchObject({ ids: [], total: 0 });
  });
});

describe('catalog text search: ranking', () => {
  const listing = (id: string, title: string, updatedAt: string) =>
    toSearchDocument({ id, title: { fi: title }, organisation: 'Yhdistys', description: 'Tervetuloa', municipality: 'Kuopio', updatedAt });

  it('ranks exact > prefix > stem > folded > compound part > typo, whatever the update times', () => {
    const ranked = createSearchIndex([
      listing('typo', 'Käsitöy', '2025-03-06T00:00:00Z'),
      listing('compound', 'Kotikäsityö', '2025-03-05T00:00:00Z'),
      listing('folded', 'Kasityo', '2025-03-04T00:00:00Z'),
      listing('prefix', 'Käsityökerho', '2025-03-02T00:00:00Z'),
      listing('exact', 'Käsityö', '2025-03-01T00:00:00Z'),
    ]);
    expect(ranked.search(query({ q: 'käsityö' })).ids).toEqual(['exact', 'prefix', 'folded', 'compound', 'typo']);
    const inflected = createSearchIndex([listing('stem', 'Liikunnan iltapäivä', '2025-03-02T00:00:00Z'), listing('exact', 'Liikuntaan', '2025-03-01T00:00:00Z')]);
    expect(inflected.search(query({ q: 'liikuntaan' })).ids).toEqual(['exact', 'stem']);
  });

  it('weighs a title above a description and breaks ties by the newest update', () => {
    expect(find('kansallispuisto')).toEqual(['pyha-luosto', 'koli-retki']);
    expect(find('kuntosali')).toEqual(['kuntosali-kuopio', 'kuntosaliopastus']);
  });

  it('lets a rare term count for more than a common one', () => {
    const withText = (id: string, title: string, description: string, updatedAt: string) =>
      toSearchDocument({ id, title: { fi: title }, organisation: 'Yhdistys', description, municipality: 'Kuopio', updatedAt });
    const fillers = [1, 2, 3].map((n) => withText(`kerho-${n}`, 'Kerho', 'Tervetuloa', '2025-01-01T00:00:00Z'));
    const ranked = createSearchIndex([...fillers, withText('rare-in-title', 'Mölkky', 'Kerho', '2025-02-01T00:00:00Z'), withText('common-in-title', 'Kerho', 'Mölkky', '2025-03-01T00:00:00Z')]);
    expect(ranked.search(query({ q: 'kerho mölkky' })).ids).toEqual(['rare-in-title', 'common-in-title']);
  });

  it('returns everything, newest first, when the text is empty or only punctuation', () => {
    const newestFirst = [...fixtureDocuments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((document) => document.id);
    expect(index.search(query({ q: '' })).ids).toEqual(newestFirst);
    expect(index.search(query({ q: ' – ! ' })).ids).toEqual(newestFirst);
    expect(index.search(query()).total).toBe(fixtureDocuments.length);
  });
});
