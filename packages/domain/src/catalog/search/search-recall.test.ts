import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import { createSynonymTable } from './synonyms';
import { fixtureDocuments, query, toSearchDocument } from './test-fixtures';

const find = (index: ReturnType<typeof createSearchIndex>, q: string): string[] => index.search(query({ q })).ids;

describe('catalog text search: words with a consonant stem', () => {
  const index = createSearchIndex(fixtureDocuments);

  it('finds a -s word from its genitive, plural and other cases', () => {
    for (const q of ['muistiyhdistyksen', 'muistiyhdistykset', 'muistiyhdistyksessä', 'muistiyhdistystä']) expect(find(index, q), q).toEqual(['muistikahvila']);
    expect(find(index, 'yhdistyksen')).toEqual(expect.arrayContaining(['muistikahvila', 'diabetes-luento']));
  });

  it('finds the inflected forms from the nominative', () => {
    const indexed = createSearchIndex([
      toSearchDocument({
        id: 'kokous',
        title: { fi: 'Muistiyhdistyksen kokouksessa' },
        organisation: 'Yhdistys',
        description: 'Liikunnallisia iltoja yksinäisyydestä kärsiville',
        municipality: 'Kuopio',
        updatedAt: '2025-01-01T00:00:00Z',
      }),
    ]);
    for (const q of ['muistiyhdistys', 'kokous', 'liikunnallinen', 'yksinäisyys']) expect(find(indexed, q), q).toEqual(['kokous']);
  });
});

describe('catalog text search: synonyms', () => {
  const synonyms = createSynonymTable([
    ['ikäihmiset', 'seniorit', 'äldre', 'older people'],
    ['liikunta', 'motion', 'jumppa'],
  ]);
  const plain = createSearchIndex(fixtureDocuments);
  const index = createSearchIndex(fixtureDocuments, { synonyms });

  it('matches a term through any of its alternatives (OR) and every term still (AND)', () => {
    expect(find(plain, 'äldre').sort()).toEqual(['digiapu', 'motionsgrupp']);
    expect(find(index, 'äldre')).toEqual(expect.arrayContaining(['motionsgrupp', 'digiapu', 'kuoro', 'tuolijumppa', 'kuntosali-kuopio', 'tanssiaiset']));
    expect(find(index, 'äldre kokkola').sort()).toEqual(['digiapu', 'motionsgrupp', 'tanssiaiset']);
  });

  it('looks up inflected query terms', () => {
    const direct = ['kuoro', 'digiapu', 'tuolijumppa', 'kasityokerho'];
    expect(find(plain, 'ikäihmisille').sort()).toEqual(direct.sort());
    expect(find(index, 'ikäihmisille')).toEqual(expect.arrayContaining([...direct, 'motionsgrupp', 'tanssiaiset', 'kuntosali-kuopio']));
  });

  it('ranks a synonym hit just below the same hit on the word typed', () => {
    const listing = (id: string, title: string) =>
      toSearchDocument({ id, title: { fi: title }, organisation: 'Yhdistys', description: 'Tervetuloa', municipality: 'Kuopio', updatedAt: '2025-01-01T00:00:00Z' });
    const ranked = createSearchIndex([listing('synonym-exact', 'Jumppa'), listing('typed-exact', 'Liikunta'), listing('typed-prefix', 'Liikuntaryhmä')], { synonyms });
    expect(ranked.search(query({ q: 'liikunta' })).ids).toEqual(['typed-exact', 'synonym-exact', 'typed-prefix']);
  });

  it('does not guess at typos of a synonym', () => {
    const listing = (id: string, title: string) =>
      toSearchDocument({ id, title: { fi: title }, organisation: 'Yhdistys', description: 'Tervetuloa', municipality: 'Kuopio', updatedAt: '2025-01-01T00:00:00Z' });
    const misspelt = createSearchIndex([listing('jumppa', 'Tuolijumppa'), listing('jumpa', 'Jumbpa')], { synonyms });
    expect(find(misspelt, 'liikunta')).toEqual(['jumppa']);
    expect(find(misspelt, 'jumppa').sort()).toEqual(['jumpa', 'jumppa']);
  });

  it('matches a phrase alternative only where all its words are', () => {
    const phrases = createSearchIndex(
      [
        toSearchDocument({ id: 'both', title: { en: 'Chair yoga for older people' }, organisation: 'Centre', description: 'Welcome', municipality: 'Kuopio', updatedAt: '2025-01-01T00:00:00Z' }),
        toSearchDocument({ id: 'one', title: { en: 'Games for young people' }, organisation: 'Centre', description: 'Welcome', municipality: 'Kuopio', updatedAt: '2025-01-01T00:00:00Z' }),
      ],
      { synonyms },
    );
    expect(find(phrases, 'ikäihmisille')).toEqual(['both']);
    expect(find(phrases, 'people')).toEqual(['both', 'one']);
  });
});
