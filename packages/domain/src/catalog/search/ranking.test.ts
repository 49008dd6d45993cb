import { describe, expect, it } from 'vitest';
import { firstRanked } from './ranking';

describe('firstRanked', () => {
  const values = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0];
  const byValueThenIndex = (a: number, b: number) => (values[a] !== values[b] ? (values[a] as number) > (values[b] as number) : a < b);
  const everything = values.map((_, index) => index).sort((a, b) => (byValueThenIndex(a, b) ? -1 : 1));

  it('returns the first items of the full ranking, in order', () => {
    const items = values.map((_, index) => index);
    for (let count = 0; count <= values.length + 2; count++) {
      expect(firstRanked(items, count, byValueThenIndex)).toEqual(everything.slice(0, count));
    }
  });
});
