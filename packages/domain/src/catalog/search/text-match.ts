import type { Posting, TermDictionary } from './term-dictionary';
import { matchTerm } from './term-matcher';

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

/** Best weight per document over every matched token, recording each document the first time it is seen. */
const collect = (matches: Map<Posting, number>, best: Float64Array, isAlive: (doc: number) => boolean): number[] => {
  const touched: number[] = [];
  for (const [posting, matchWeight] of matches) {
    const { docs, weights } = posting;
    const mayHoldRemoved = posting.dead > 0;
    for (let index = 0; index < docs.length; index++) {
      const doc = docs[index] as number;
      if (mayHoldRemoved && !isAlive(doc)) continue;
      const weight = matchWeight * (weights[index] as number);
      const current = best[doc] as number;
      if (current === 0) touched.push(doc);
      if (weight > current) best[doc] = weight;
    }
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
 * Documents matching every term (AND), in id order, with their score left in `buffers.score`;
 * the caller reads the scores and then calls `buffers.reset()`.
 */
export const matchAllTerms = (dictionary: TermDictionary, terms: readonly string[], buffers: ScoreBuffers, corpus: Corpus): number[] => {
  const isAlive = (doc: number) => corpus.isAlive(doc);
  const { best, score, hits } = buffers;
  for (let position = 0; position < terms.length; position++) {
    const touched = collect(matchTerm(dictionary, terms[position] as string), best, isAlive);
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
