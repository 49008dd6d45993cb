import { createSearchIndex, createSynonymTable, type SearchIndex } from '@linkki/domain';
import { firstPageSize, generateDocument, precisionAtTen, regressionCases, regressionDocuments, regressionSynonymGroups, searchQuery } from '@linkki/domain/search-regression';
import { fixed, latencyOf, measure } from './stats';

/** The scale the issue measures search at: latency is measured with the regression listings among this many generated ones. */
const generatedListings = Number(process.env.BENCH_CATALOG_SIZE ?? 20_000);

const synonyms = createSynonymTable(regressionSynonymGroups);

const describe = (label: string, index: SearchIndex): string => {
  const report = precisionAtTen(index, regressionCases);
  return `  ${label.padEnd(44)} precision@10 ${fixed(report.meanPrecision, 3)}, recall ${fixed(report.meanRecall, 3)}, ${report.passed}/${regressionCases.length} queries with every expected listing on the first page`;
};

/** Each regression query in turn, as a resident would send it: the first page of 20. */
const latencyOver = async (index: SearchIndex) => {
  let turn = 0;
  const search = async () => {
    const entry = regressionCases[turn++ % regressionCases.length];
    return index.search(searchQuery({ ...entry?.filters, q: entry?.q ?? '', limit: 20 }));
  };
  return latencyOf(await measure(search, { warmup: 100, iterations: 1000 }));
};

/**
 * Mean precision at 10 and recall of the search regression set, and the latency of its queries.
 * Needs no table: the engine is measured in memory, as the catalog holds it once built.
 */
export const benchSearchPrecision = async (): Promise<void> => {
  console.log(`\nSearch regression set: ${regressionCases.length} Finnish, Swedish and English queries over ${regressionDocuments.length} listings`);
  console.log(
    `  precision@${firstPageSize} = expected listings on the first ${firstPageSize} ÷ min(${firstPageSize}, expected listings), averaged over the queries; listings nobody judged do not count against it. Recall = expected listings in the first 100 ÷ expected listings.`,
  );
  const plain = createSearchIndex(regressionDocuments);
  const withSynonyms = createSearchIndex(regressionDocuments, { synonyms });
  console.log(describe('regression listings, no synonym table:', plain));
  console.log(describe('regression listings, with the synonym groups:', withSynonyms));

  // Precision is judged on the regression listings only: generated listings carry the same words unjudged.
  const generated = Array.from({ length: generatedListings }, (_, n) => generateDocument(n));
  const total = generated.length + regressionDocuments.length;
  for (const [label, options] of [
    ['no synonym table', {}],
    ['with the synonym groups', { synonyms }],
  ] as const) {
    const latency = await latencyOver(createSearchIndex([...generated, ...regressionDocuments], options));
    console.log(`  the regression queries at ${total} listings, ${label}: p50 ${fixed(latency.p50, 3)} ms, p95 ${fixed(latency.p95, 3)} ms`);
  }
};
