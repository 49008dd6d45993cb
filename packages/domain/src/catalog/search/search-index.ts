import { DocumentTable } from './document-table';
import { filterAndCount } from './facet-counts';
import { activeFacets, FacetVocabulary } from './facets';
import { tokenize } from './normalize';
import { firstRanked, type Precedes } from './ranking';
import { TermDictionary } from './term-dictionary';
import { matchAllTerms, ScoreBuffers } from './text-match';
import type { SearchDocument, SearchField, SearchIndex, SearchQuery, SearchResult } from './types';

export const maxSearchPageSize = 100;

/** Below this many internal ids, leftover ids of replaced documents cost less than renumbering. */
const minimumIdsToRenumber = 1024;

const timestamp = (value: string | null, missing: number): number => {
  const parsed = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(parsed) ? missing : parsed;
};

/** Each distinct token of a document once, with the weight of the heaviest field it occurs in. */
const tokenWeights = (fields: readonly SearchField[]): Map<string, number> => {
  const weights = new Map<string, number>();
  for (const field of fields) {
    if (!(field.weight > 0)) continue;
    for (const token of tokenize(field.text)) {
      if ((weights.get(token) ?? 0) < field.weight) weights.set(token, field.weight);
    }
  }
  return weights;
};

const wholeNumber = (value: number, min: number, max: number): number => (Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min);

/**
 * Documents get a fresh internal id on every upsert; the old one is only marked removed and its
 * posting entries are skipped until they are compacted, which keeps updates proportional to the
 * document's own tokens.
 */
class InMemorySearchIndex implements SearchIndex {
  private readonly table = new DocumentTable();
  private readonly dictionary = new TermDictionary((doc) => this.table.isAlive(doc));
  private readonly vocabulary = new FacetVocabulary();
  private readonly buffers = new ScoreBuffers();
  private readonly internalIds = new Map<string, number>();

  get size(): number {
    return this.internalIds.size;
  }

  has(id: string): boolean {
    return this.internalIds.has(id);
  }

  upsert(document: SearchDocument): void {
    this.detach(document.id);
    const doc = this.table.length;
    const postings = [...tokenWeights(document.fields)].map(([token, weight]) => this.dictionary.add(token, doc, weight));
    this.table.append({
      id: document.id,
      updatedAt: timestamp(document.updatedAt, -Infinity),
      nextDate: timestamp(document.nextDate, Infinity),
      filters: this.vocabulary.encode(document.filters),
      postings,
    });
    this.internalIds.set(document.id, doc);
    this.renumberIfSparse();
  }

  remove(id: string): void {
    this.detach(id);
    this.renumberIfSparse();
  }

  search(query: SearchQuery): SearchResult {
    const terms = [...new Set(tokenize(query.q ?? ''))];
    const offset = wholeNumber(query.offset, 0, Number.MAX_SAFE_INTEGER);
    const limit = wholeNumber(query.limit, 1, maxSearchPageSize);
    this.buffers.ensure(this.table.length);
    try {
      const candidates = terms.length > 0 ? matchAllTerms(this.dictionary, terms, this.buffers, this.table) : this.table.liveDocuments();
      const { matches, facets } = filterAndCount(candidates, this.table.facets, activeFacets(this.vocabulary, query), this.vocabulary);
      const page = firstRanked(matches, offset + limit, this.precedence(query.order)).slice(offset);
      return { ids: page.map((doc) => this.table.idOf(doc)), total: matches.length, facets };
    } finally {
      this.buffers.reset();
    }
  }

  /** Score, then the newer update, then the id, so that equal documents always come in the same order. */
  private precedence(order: SearchQuery['order']): Precedes {
    const { score } = this.buffers;
    const { table } = this;
    const byRelevance: Precedes = (a, b) => {
      const scoreA = score[a] as number;
      const scoreB = score[b] as number;
      if (scoreA !== scoreB) return scoreA > scoreB;
      const updatedA = table.updatedAt(a);
      const updatedB = table.updatedAt(b);
      if (updatedA !== updatedB) return updatedA > updatedB;
      return table.idOf(a) < table.idOf(b);
    };
    if (order !== 'upcoming') return byRelevance;
    return (a, b) => {
      const dateA = table.nextDate(a);
      const dateB = table.nextDate(b);
      return dateA !== dateB ? dateA < dateB : byRelevance(a, b);
    };
  }

  private detach(id: string): void {
    const doc = this.internalIds.get(id);
    if (doc === undefined) return;
    this.internalIds.delete(id);
    // Marked removed before the releases, so that a compaction they trigger already drops it.
    for (const posting of this.table.delete(doc)) this.dictionary.release(posting);
  }

  /** Replaced documents leave holes in the id space; closing them keeps the per-query buffers small. */
  private renumberIfSparse(): void {
    if (this.table.length < minimumIdsToRenumber || this.table.length < 2 * this.size) return;
    const mapping = this.table.compact();
    this.dictionary.renumber(mapping);
    for (let doc = 0; doc < this.table.length; doc++) this.internalIds.set(this.table.idOf(doc), doc);
  }
}

export function createSearchIndex(documents: Iterable<SearchDocument> = []): SearchIndex {
  const index = new InMemorySearchIndex();
  for (const document of documents) index.upsert(document);
  return index;
}
