import { describe, expect, it } from 'vitest';
import { precisionAtTen } from './search-precision';
import { createSearchIndex } from './search-index';
import { regressionCases, regressionDocuments, regressionSynonymGroups } from './search-regression-set';
import { createSynonymTable } from './synonyms';

/** One line per case that failed, so that a regression names the query and what went missing. */
const failures = (report: ReturnType<typeof precisionAtTen>): string[] =>
  report.cases
    .filter((entry) => entry.missing.length > 0 || entry.intruders.length > 0)
    .map((entry) => `${entry.case.q} ${JSON.stringify(entry.case.filters ?? {})}: missing ${entry.missing.join(', ') || '-'}; unexpected ${entry.intruders.join(', ') || '-'}`);

describe('search regression set', () => {
  it('has at least 50 queries, every expected listing in the corpus', () => {
    const ids = new Set(regressionDocuments.map((document) => document.id));
    expect(regressionCases.length).toBeGreaterThanOrEqual(50);
    const unknown = regressionCases.flatMap((entry) => [...entry.expected, ...(entry.unexpected ?? [])]).filter((id) => !ids.has(id));
    expect(unknown).toEqual([]);
  });

  it('puts every expected listing of every query in the first ten, with the synonym table', () => {
    const index = createSearchIndex(regressionDocuments, { synonyms: createSynonymTable(regressionSynonymGroups) });
    const report = precisionAtTen(index, regressionCases);
    expect(failures(report)).toEqual([]);
    expect(report.meanPrecision).toBe(1);
  });

  it('needs the synonym table only for the synonym cases', () => {
    const direct = regressionCases.filter((entry) => entry.checks !== 'synonym');
    const withoutSynonyms = precisionAtTen(createSearchIndex(regressionDocuments), regressionCases);
    expect(failures(precisionAtTen(createSearchIndex(regressionDocuments), direct))).toEqual([]);
    expect(withoutSynonyms.passed).toBeLessThan(regressionCases.length);
  });
});
