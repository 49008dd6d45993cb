import { tokenize } from './normalize';
import type { Posting, TermDictionary } from './term-dictionary';
import { matchTerm } from './term-matcher';
import { noSynonyms, type SynonymTable } from './synonyms';

/** A hit through a synonym counts a little less than the same kind of hit on the word typed. */
export const synonymWeight = 0.9;

/**
 * Per-document accumulators indexed by internal id, reused by every query so that a search
 * allocates in proportion to its matches rather than to the index.
 */
export class ScoreBuffers {
  best = new Float64Array(0);
  score = new Float64Array(0);
  hits = new Uint16Array(0);
  private dirty: number[] = [];

  ensure(capacity: number): void {
    if (this.best.length >= capacity) return;
    const size = Math.max(capacity, this.best.length * 2, 1024);
    this.best = new Float64Array(size);
    this.score = new Float64Array(size);
    this.hits = new Uint16Array(size);
  }

  /** Zeroes what the last query wrote; only the documents that its first term touched can be non-zero. */
  reset(): void {
    for (const doc of this.dirty) {
      this.score[doc] = 0;
      this.hits[doc] = 0;
    }
    this.dirty = [];
  }

  markDirty(docs: number[]): void {
    this.dirty = docs;
  }
}

/** Raises the document's best weight, recording the document the first time it is seen. */
const offerDocument = (doc: number, weight: number, best: Float64Array, touched: number[]): void => {
  const current = best[doc] as number;
  if (current === 0) touched.push(doc);
  if (weight > current) best[doc] = weight;
};

/** Best weight per document over every matched token, recording each document the first time it is seen. */
const collect = (matches: Map<Posting, number>, best: Float64Array, isAlive: (doc: number) => boolean): number[] => {
  const touched: number[] = [];
  for (const [posting, matchWeight] of matches) {
    const { docs, weights } = posting;
    for (let index = 0; index < docs.length; index++) {
      const doc = docs[index] as number;
      // Not alive: removed, or outside its validity period on the query's day, which postings cannot know.
      if (!isAlive(doc)) continue;
      offerDocument(doc, matchWeight * (weights[index] as number), best, touched);
    }
  }
  return touched;
};

/** Documents in which every word of a phrase matches, each with the weight of its weakest word. */
const phraseMatches = (dictionary: TermDictionary, words: readonly string[], isAlive: (doc: number) => boolean): Map<number, number> => {
  let found: Map<number, number> | undefined;
  for (const word of words) {
    const next = new Map<number, number>();
    for (const [posting, matchWeight] of matchTerm(dictionary, word, { typos: false })) {
      posting.docs.forEach((doc, index) => {
        const before = found ? found.get(doc) : Infinity;
        if (before === undefined || !isAlive(doc)) return;
        const weight = Math.min(before, matchWeight * (posting.weights[index] as number));
        if ((next.get(doc) ?? 0) < weight) next.set(doc, weight);
      });
    }
    found = next;
    if (found.size === 0) break;
  }
  return found ?? new Map<number, number>();
};

/**
 * The term's matches and its synonyms', best weight per document. Single-word synonyms join the
 * term's postings; a phrase has to be intersected document by document, which is rarer and dearer.
 */
const collectTerm = (dictionary: TermDictionary, term: string, synonyms: SynonymTable, best: Float64Array, isAlive: (doc: number) => boolean): number[] => {
  const matches = matchTerm(dictionary, term);
  const phrases: string[][] = [];
  for (const alternative of synonyms.alternativesOf(term)) {
    const words = tokenize(alternative);
    if (words.length !== 1) {
      phrases.push(words);
      continue;
    }
    for (const [posting, weight] of matchTerm(dictionary, words[0] as string, { typos: false })) {
      const scaled = weight * synonymWeight;
      if ((matches.get(posting) ?? 0) < scaled) matches.set(posting, scaled);
    }
  }
  const touched = collect(matches, best, isAlive);
  for (const words of phrases) {
    for (const [doc, weight] of phraseMatches(dictionary, words, isAlive)) offerDocument(doc, weight * synonymWeight, best, touched);
  }
  return touched;
};

/** Rare terms decide more than common ones; counted over the documents the term actually matched. */
const inverseFrequency = (documentCount: number, matched: number): number => Math.log(1 + documentCount / Math.max(1, matched));

export interface Corpus {
  readonly liveCount: number;
  /** One past the highest internal id in use. */
  readonly length: number;
  isAlive(doc: number): boolean;
}

/** In id order, which is storage order, for the loops that follow. */
const completeMatches = (hits: Uint16Array, termCount: number, length: number): number[] => {
  const matched: number[] = [];
  for (let doc = 0; doc < length; doc++) if (hits[doc] === termCount) matched.push(doc);
  return matched;
};

/**
 * Documents matching every term (AND), each term through itself or a synonym (OR), in id order,
 * with their score left in `buffers.score`; the caller reads the scores and then calls `buffers.reset()`.
 */
export const matchAllTerms = (dictionary: TermDictionary, terms: readonly string[], buffers: ScoreBuffers, corpus: Corpus, synonyms: SynonymTable = noSynonyms): number[] => {
  const isAlive = (doc: number) => corpus.isAlive(doc);
  const { best, score, hits } = buffers;
  for (let position = 0; position < terms.length; position++) {
    const touched = collectTerm(dictionary, terms[position] as string, synonyms, best, isAlive);
    const idf = inverseFrequency(corpus.liveCount, touched.length);
    let surviving = 0;
    for (const doc of touched) {
      if (hits[doc] === position) {
        hits[doc] = position + 1;
        score[doc] = (score[doc] as number) + (best[doc] as number) * idf;
        surviving++;
      }
      best[doc] = 0;
    }
    if (position === 0) buffers.markDirty(touched);
    if (surviving === 0) return [];
  }
  return completeMatches(hits, terms.length, corpus.length);
};
