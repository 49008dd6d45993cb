import { describe, expect, it } from 'vitest';
import { createSynonymTable, SynonymEntryEmptyError } from './synonyms';

const table = createSynonymTable([
  ['ikäihmiset', 'seniorit', 'äldre', 'older people'],
  ['liikunta', 'motion', 'exercise'],
  ['vertaistuki', 'kamratstöd', 'peer support'],
  ['ikäihmiset', 'eläkeläiset'],
]);

describe('createSynonymTable', () => {
  it('gives the other words of the group, the term itself left out', () => {
    expect(table.alternativesOf('motion')).toEqual(['liikunta', 'exercise']);
  });

  it('looks a term up by its stem, its other consonant grade and without diacritics', () => {
    for (const term of ['ikäihmisille', 'ikaihmisten', 'ikäihminen']) expect(table.alternativesOf(term), term).toContain('seniorit');
    expect(table.alternativesOf('liikunnan')).toEqual(['motion', 'exercise']);
    expect(table.alternativesOf('senioreille')).toContain('ikäihmiset');
  });

  it('joins the groups a word belongs to', () => {
    expect(table.alternativesOf('ikäihmiset')).toEqual(['seniorit', 'äldre', 'older people', 'eläkeläiset']);
  });

  it('offers a phrase as an alternative but never looks one up', () => {
    expect(table.alternativesOf('vertaistukea')).toContain('peer support');
    expect(table.alternativesOf('peer')).toEqual([]);
    expect(table.alternativesOf('people')).toEqual([]);
  });

  it('has nothing for a word in no group', () => {
    expect(table.alternativesOf('mölkky')).toEqual([]);
  });

  it('normalizes entries as indexed text is', () => {
    expect(createSynonymTable([['  Kuntosali ', 'GYM']]).alternativesOf('gym')).toEqual(['kuntosali']);
  });

  it('rejects an entry with nothing to match, naming where it is', () => {
    expect(() => createSynonymTable([['liikunta'], ['motion', ' – ']])).toThrow(SynonymEntryEmptyError);
    expect(() => createSynonymTable([['liikunta'], ['motion', ' – ']])).toThrow('group 1, entry 1');
  });
});
