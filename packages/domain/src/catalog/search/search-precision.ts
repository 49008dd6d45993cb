import type { RegressionCase } from './search-regression-set';
import { maxSearchPageSize } from './search-index';
import { query } from './test-fixtures';
import type { SearchIndex } from './types';

/** The first page a resident reads. */
export const firstPageSize = 10;

export interface CasePrecision {
  readonly case: RegressionCase;
  /**
   * Expected listings in the first ten ÷ the most that could be there, min(10, expected): listings
   * nobody judged do not count against it, so 1 means the page shows everything looked for.
   */
  readonly precision: number;
  /** Expected listings anywhere in the first 100 results ÷ expected listings. */
  readonly recall: number;
  readonly missing: readonly string[];
  /** Listings marked unexpected that made the first ten. */
  readonly intruders: readonly string[];
}

export interface PrecisionReport {
  readonly meanPrecision: number;
  readonly meanRecall: number;
  /** Cases with every expected listing and no unexpected one in the first ten. */
  readonly passed: number;
  readonly cases: readonly CasePrecision[];
}

const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Scores one case, asking for the largest page so that recall sees past the first ten. */
export const scoreCase = (index: SearchIndex, regressionCase: RegressionCase): CasePrecision => {
  const { ids } = index.search(query({ ...regressionCase.filters, q: regressionCase.q, offset: 0, limit: maxSearchPageSize }));
  const firstPage = new Set(ids.slice(0, firstPageSize));
  const all = new Set(ids);
  const { expected, unexpected = [] } = regressionCase;
  const missing = expected.filter((id) => !firstPage.has(id));
  return {
    case: regressionCase,
    precision: share(expected.length - missing.length, Math.min(firstPageSize, expected.length)),
    recall: share(expected.filter((id) => all.has(id)).length, expected.length),
    missing,
    intruders: unexpected.filter((id) => firstPage.has(id)),
  };
};

/** Mean precision at 10 and recall of the cases over `index`, with each case's figures. */
export const precisionAtTen = (index: SearchIndex, cases: readonly RegressionCase[]): PrecisionReport => {
  const scored = cases.map((regressionCase) => scoreCase(index, regressionCase));
  return {
    meanPrecision: mean(scored.map((entry) => entry.precision)),
    meanRecall: mean(scored.map((entry) => entry.recall)),
    passed: scored.filter((entry) => entry.missing.length === 0 && entry.intruders.length === 0).length,
    cases: scored,
  };
};
