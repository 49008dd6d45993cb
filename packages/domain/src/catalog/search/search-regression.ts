/**
 * The search regression set and its measure, for the bench. Kept out of the package's main entry:
 * it is test data, and nothing a Lambda serves should carry it.
 */
export { firstPageSize, precisionAtTen, type CasePrecision, type PrecisionReport } from './search-precision';
export { regressionCases, regressionDocuments, regressionSynonymGroups, type RegressionCase, type RegressionCheck } from './search-regression-set';
export { generateDocument } from './test-corpus';
export { query as searchQuery } from './test-fixtures';
