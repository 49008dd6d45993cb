/**
 * Damerau-Levenshtein (optimal string alignment) distance of a pattern to the words of a sorted
 * list and to their prefixes. Sorted neighbours share prefixes, so the columns computed for one
 * word are reused for the next, and a hopeless prefix skips every word that starts with it.
 */

/** Distances are kept in bytes; longer patterns are not worth a typo search anyway. */
export const maxFuzzyPatternLength = 64;

export interface FuzzyScan {
  readonly keys: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly pattern: string;
  readonly maxDistance: number;
  /** The first index at or after `from` whose key does not start with `prefix`. */
  readonly endOfPrefix: (prefix: string, from: number) => number;
  readonly visit: (index: number, distance: number) => void;
}

interface Matrix {
  readonly pattern: string;
  readonly columns: Uint8Array[];
  readonly minima: Uint8Array;
}

const createMatrix = (pattern: string, maxDistance: number): Matrix => {
  const width = pattern.length + maxDistance;
  const columns = Array.from({ length: width + 1 }, () => new Uint8Array(pattern.length + 1));
  const first = columns[0] as Uint8Array;
  for (let row = 0; row <= pattern.length; row++) first[row] = row;
  return { pattern, columns, minima: new Uint8Array(width + 1) };
};

/** Fills column `j` (the key's first j characters against every pattern prefix) and records its minimum. */
const fillColumn = (matrix: Matrix, key: string, j: number): void => {
  const { pattern, columns, minima } = matrix;
  const column = columns[j] as Uint8Array;
  const previous = columns[j - 1] as Uint8Array;
  const beforePrevious = j > 1 ? (columns[j - 2] as Uint8Array) : undefined;
  const char = key.charCodeAt(j - 1);
  const previousChar = j > 1 ? key.charCodeAt(j - 2) : -1;
  column[0] = j;
  let minimum = j;
  for (let row = 1; row <= pattern.length; row++) {
    const patternChar = pattern.charCodeAt(row - 1);
    let value = Math.min((previous[row] as number) + 1, (column[row - 1] as number) + 1, (previous[row - 1] as number) + (patternChar === char ? 0 : 1));
    if (beforePrevious && row > 1 && patternChar === previousChar && pattern.charCodeAt(row - 2) === char) {
      value = Math.min(value, (beforePrevious[row - 2] as number) + 1);
    }
    column[row] = Math.min(value, 255);
    if (value < minimum) minimum = value;
  }
  minima[j] = Math.min(minimum, 255);
};

/** A transposition reaches back two columns, so one bad column alone does not rule out the longer keys. */
const hopeless = (matrix: Matrix, j: number, maxDistance: number): boolean => (matrix.minima[j] as number) > maxDistance && (j < 2 || (matrix.minima[j - 1] as number) >= maxDistance);

/** Best distance of the pattern to the key's first `columns` characters or a prefix of them about as long as the pattern. */
const bestDistance = (matrix: Matrix, columns: number, maxDistance: number): number => {
  const rows = matrix.pattern.length;
  const last = Math.min(columns, rows + maxDistance);
  let best = 255;
  for (let j = Math.max(1, rows - maxDistance); j <= last; j++) best = Math.min(best, (matrix.columns[j] as Uint8Array)[rows] as number);
  return best;
};

const sharedPrefixLength = (a: string, b: string, limit: number): number => {
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
};

/** Visits every key in [from, to) within `maxDistance` of the pattern, as a whole word or as a prefix of similar length. */
export const scanWithinDistance = (scan: FuzzyScan): void => {
  const { keys, to, pattern, maxDistance } = scan;
  if (pattern.length === 0 || pattern.length > maxFuzzyPatternLength) return;
  const matrix = createMatrix(pattern, maxDistance);
  const width = pattern.length + maxDistance;
  let previous = '';
  let valid = 0;
  let index = scan.from;
  while (index < to) {
    const key = keys[index] as string;
    const limit = Math.min(key.length, width);
    let j = sharedPrefixLength(previous, key, Math.min(valid, limit));
    let pruned = false;
    while (j < limit && !pruned) {
      j++;
      fillColumn(matrix, key, j);
      pruned = hopeless(matrix, j, maxDistance);
    }
    previous = key;
    valid = j;
    if (!pruned) {
      const distance = bestDistance(matrix, key.length, maxDistance);
      if (distance <= maxDistance) scan.visit(index, distance);
      index++;
      continue;
    }
    // Every key sharing the hopeless prefix has the same columns before it, so it matches through them or not at all.
    const end = scan.endOfPrefix(key.slice(0, j), index);
    const distance = bestDistance(matrix, j - 1, maxDistance);
    if (distance <= maxDistance) for (let shared = index; shared < end; shared++) scan.visit(shared, distance);
    index = end;
  }
};
