import { afterAllDays, beforeAllDays, dayNumberOf, isWeekday, weekdayBit, weekdayOfDayNumber } from './calendar-days';
import { type CalendarRow, occurrencesOf } from './document-calendar';
import { DocumentTable } from './document-table';
import { FacetsOnDay, filterAndCount } from './facet-counts';
import { activeFacets, FacetVocabulary, weekdayFacet } from './facets';
import { tokenize } from './normalize';
import { firstRanked, type Precedes } from './ranking';
import { TermDictionary } from './term-dictionary';
import { noSynonyms, type SynonymTable } from './synonyms';
import type { SnapshotReader, SnapshotWriter } from './snapshot-buffer';
import { type Corpus, matchAllTerms, ScoreBuffers } from './text-match';
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

/** The day-dependent part of a document as day numbers; refuses a malformed date before anything changes. */
const calendarRowOf = (document: SearchDocument): CalendarRow => {
  const weekly = document.filters.weekdays.filter(isWeekday).reduce((bits, weekday) => bits | weekdayBit(weekday), 0);
  return {
    validFrom: document.validFrom === null ? beforeAllDays : dayNumberOf(document.validFrom, 'validFrom'),
    validUntil: document.validUntil === null ? afterAllDays : dayNumberOf(document.validUntil, 'validUntil'),
    occurrences: occurrencesOf(
      document.dates.map((date) => dayNumberOf(date, 'dates')),
      weekly,
    ),
  };
};

const wholeNumber = (value: number, min: number, max: number): number => (Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min);

/**
 * Documents get a fresh internal id on every upsert; the old one is only marked removed and its
 * posting entries are skipped until they are compacted, which keeps updates proportional to the
 * document's own tokens. Every document is indexed whatever its validity period: a search skips
 * those not shown on its day, so the index never has to be rebuilt when the day changes.
 */
export class InMemorySearchIndex implements SearchIndex {
  private readonly table: DocumentTable;
  private readonly dictionary: TermDictionary;
  private readonly vocabulary: FacetVocabulary;
  private readonly buffers = new ScoreBuffers();
  private readonly internalIds = new Map<string, number>();
  /** How many documents are shown on `shown.day`: the document count term frequencies are taken over, counted again after any change. */
  private shown = { day: Number.NaN, count: 0 };

  constructor(
    private readonly synonyms: SynonymTable,
    parts?: { table: DocumentTable; dictionary: TermDictionary; vocabulary: FacetVocabulary },
  ) {
    this.table = parts?.table ?? new DocumentTable();
    this.dictionary = parts?.dictionary ?? new TermDictionary((doc) => this.table.isAlive(doc));
    this.vocabulary = parts?.vocabulary ?? new FacetVocabulary();
    for (let doc = 0; doc < this.table.length; doc++) if (this.table.isAlive(doc)) this.internalIds.set(this.table.idOf(doc), doc);
  }

  get size(): number {
    return this.internalIds.size;
  }

  has(id: string): boolean {
    return this.internalIds.has(id);
  }

  upsert(document: SearchDocument): void {
    const calendar = calendarRowOf(document);
    this.detach(document.id);
    const doc = this.table.length;
    const postings = [...tokenWeights(document.fields)].map(([token, weight]) => this.dictionary.add(token, doc, weight));
    this.registerWeekdays(calendar);
    this.table.append({
      id: document.id,
      updatedAt: timestamp(document.updatedAt, -Infinity),
      calendar,
      filters: this.vocabulary.encode(document.filters),
      postings,
    });
    this.internalIds.set(document.id, doc);
    this.afterChange();
  }

  remove(id: string): void {
    this.detach(id);
    this.afterChange();
  }

  search(query: SearchQuery): SearchResult {
    const terms = [...new Set(tokenize(query.q ?? ''))];
    const offset = wholeNumber(query.offset, 0, Number.MAX_SAFE_INTEGER);
    const limit = wholeNumber(query.limit, 1, maxSearchPageSize);
    const day = dayNumberOf(query.today, 'today');
    this.buffers.ensure(this.table.length);
    try {
      const candidates = terms.length > 0 ? matchAllTerms(this.dictionary, terms, this.buffers, this.corpusOn(day), this.synonyms) : this.table.documentsShownOn(day);
      const dayFacets = new FacetsOnDay(this.table.facets, this.table.calendar.on(day), this.vocabulary);
      const { matches, facets } = filterAndCount(candidates, dayFacets, activeFacets(this.vocabulary, query), this.vocabulary);
      const page = firstRanked(matches, offset + limit, this.precedence(query.order, day)).slice(offset);
      return { ids: page.map((doc) => this.table.idOf(doc)), total: matches.length, facets };
    } finally {
      this.buffers.reset();
    }
  }

  /** Writes the index as it is now, holes closed first; see search-snapshot.ts for the frame around it. */
  writeTo(writer: SnapshotWriter): void {
    if (this.table.length !== this.size) this.renumber();
    this.vocabulary.writeTo(writer);
    this.table.writeTo(writer);
    this.dictionary.writeTo(writer);
  }

  static readFrom(reader: SnapshotReader, synonyms: SynonymTable): InMemorySearchIndex {
    const vocabulary = FacetVocabulary.readFrom(reader);
    const table = DocumentTable.readFrom(reader, vocabulary.size);
    const dictionary = TermDictionary.readFrom(reader, (doc) => table.isAlive(doc), table.length);
    return new InMemorySearchIndex(synonyms, { table, dictionary, vocabulary });
  }

  /**
   * The documents a query on `day` may find. Those outside their validity period are left out of
   * the term frequencies too, so that a search ranks exactly as if they had never been indexed.
   */
  private corpusOn(day: number): Corpus {
    const { calendar } = this.table;
    if (this.shown.day !== day) this.shown = { day, count: this.table.documentsShownOn(day).length };
    return { liveCount: this.shown.count, length: this.table.length, isAlive: (doc) => calendar.shownOn(doc, day) };
  }

  /** A weekday only a dated occurrence gives still needs a facet slot for queries to select and count it. */
  private registerWeekdays({ occurrences }: CalendarRow): void {
    if (!occurrences) return;
    for (const day of occurrences.days) this.vocabulary.slot(weekdayFacet, String(weekdayOfDayNumber(day)));
  }

  /** Score, then the newer update, then the id, so that equal documents always come in the same order. */
  private precedence(order: SearchQuery['order'], day: number): Precedes {
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
    const { nextOccurrence } = table.calendar.on(day);
    return (a, b) => {
      const dateA = nextOccurrence[a] as number;
      const dateB = nextOccurrence[b] as number;
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

  private afterChange(): void {
    this.shown.day = Number.NaN;
    this.renumberIfSparse();
  }

  /** Replaced documents leave holes in the id space; closing them keeps the per-query buffers small. */
  private renumberIfSparse(): void {
    if (this.table.length < minimumIdsToRenumber || this.table.length < 2 * this.size) return;
    this.renumber();
  }

  private renumber(): void {
    const mapping = this.table.compact();
    this.dictionary.renumber(mapping);
    for (let doc = 0; doc < this.table.length; doc++) this.internalIds.set(this.table.idOf(doc), doc);
  }
}

export interface SearchIndexOptions {
  /** Other words for query terms; none by default. */
  synonyms?: SynonymTable;
}

export function createSearchIndex(documents: Iterable<SearchDocument> = [], options: SearchIndexOptions = {}): SearchIndex {
  const index = new InMemorySearchIndex(options.synonyms ?? noSynonyms);
  for (const document of documents) index.upsert(document);
  return index;
}
