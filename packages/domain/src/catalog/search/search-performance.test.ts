import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import { generateDocument, randomQuery } from './test-corpus';
import { query } from './test-fixtures';

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;

describe('catalog search at 20,000 documents', () => {
  it('indexes and answers varied queries (timings are printed, not asserted)', () => {
    const documents = Array.from({ length: 20_000 }, (_, n) => generateDocument(n));
    const buildStart = performance.now();
    const index = createSearchIndex(documents);
    index.search(query({ q: 'liikunta' }));
    const buildMs = performance.now() - buildStart;

    const queries = Array.from({ length: 200 }, randomQuery);
    for (const warmUp of queries.slice(0, 30)) index.search(warmUp);
    const timings: number[] = [];
    for (const next of queries) {
      const start = performance.now();
      const result = index.search(next);
      timings.push(performance.now() - start);
      expect(result.ids.length).toBeLessThanOrEqual(next.limit);
      expect(result.total).toBeGreaterThanOrEqual(result.ids.length);
    }
    timings.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    console.log(
      `catalog search, 20,000 documents: index built in ${ms(buildMs)}; 200 queries p50 ${ms(percentile(timings, 0.5))}, p95 ${ms(percentile(timings, 0.95))}, max ${ms(percentile(timings, 1))}`,
    );
    expect(index.size).toBe(20_000);
    expect(index.search(query({ q: 'kuntosaliryhmä' })).total).toBeGreaterThan(0);
  }, 120_000);
});
