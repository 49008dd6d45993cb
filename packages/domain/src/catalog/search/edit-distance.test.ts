import { describe, expect, it } from 'vitest';
import { scanWithinDistance } from './edit-distance';

const within = (words: readonly string[], pattern: string, maxDistance: number): Record<string, number> => {
  const keys = [...words].sort();
  const endOfPrefix = (prefix: string, from: number) => {
    let index = from;
    while (index < keys.length && (keys[index] as string).startsWith(prefix)) index++;
    return index;
  };
  const found: Record<string, number> = {};
  scanWithinDistance({ keys, from: 0, to: keys.length, pattern, maxDistance, endOfPrefix, visit: (index, distance) => (found[keys[index] as string] = distance) });
  return found;
};

/** Plain optimal-string-alignment distance, to check the incremental scan against. */
const reference = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
};

describe('scanWithinDistance', () => {
  const vocabulary = ['kuntosali', 'kuntosaliryhmä', 'kuntoutus', 'kunta', 'kuoro', 'vertaisryhmä', 'vertaistuki', 'verkkokurssi', 'liikunta', 'liikuntaryhmä', 'liikkuville'];

  it('finds a substitution, an insertion, a deletion and a transposition', () => {
    expect(within(vocabulary, 'kuntosalo', 1)).toMatchObject({ kuntosali: 1 });
    expect(within(vocabulary, 'kuntossali', 1)).toMatchObject({ kuntosali: 1 });
    expect(within(vocabulary, 'kuntosli', 2)).toMatchObject({ kuntosali: 1 });
    expect(within(vocabulary, 'vertasiryhmä', 2)).toMatchObject({ vertaisryhmä: 1 });
  });

  it('matches the beginning of a longer word about as long as the pattern', () => {
    expect(within(vocabulary, 'liikumta', 2)).toMatchObject({ liikunta: 1, liikuntaryhmä: 1 });
    expect(within(vocabulary, 'kuntosli', 2)).toMatchObject({ kuntosaliryhmä: 1 });
  });

  it('leaves out words that are too far', () => {
    const found = within(vocabulary, 'kuntosalo', 1);
    expect(found).not.toHaveProperty('kuntoutus');
    expect(found).not.toHaveProperty('kuoro');
    expect(within(vocabulary, 'vertaistuki', 0)).toEqual({ vertaistuki: 0 });
  });

  it('agrees with a plain distance computation on whole words', () => {
    const words = ['kissa', 'kassa', 'kisa', 'kiss', 'kisaa', 'kiskot', 'kitsa', 'iksa', 'kissalle', 'kkissa'];
    for (const pattern of ['kissa', 'kisas', 'ksisa', 'kisa']) {
      const found = within(words, pattern, 1);
      for (const word of words) {
        if (reference(pattern, word) <= 1) expect(found[word], `${pattern} ~ ${word}`).toBeLessThanOrEqual(reference(pattern, word));
      }
    }
  });
});
