import { scanWithinDistance } from './edit-distance';
import { fold } from './normalize';
import { checkBelow, SearchSnapshotInvalidError, type SnapshotReader, type SnapshotWriter } from './snapshot-buffer';
import { SortedKeys } from './sorted-keys';
import { TrigramIndex } from './trigram-index';

/** The documents that contain one exact token, and the weight of the best field it occurs in. */
export interface Posting {
  readonly token: string;
  readonly entry: KeyEntry;
  readonly docs: number[];
  readonly weights: number[];
  /**
   * Entries whose document has been removed: skipped when read, dropped in bulk once they are many.
   * A lower bound: documents loaded from a snapshot are not counted when they go (see `DocumentTable.readFrom`).
   */
  dead: number;
}

/** The tokens that fold to one key (äänestys and aanestys share `aanestys`). */
export interface KeyEntry {
  readonly key: string;
  readonly postings: Posting[];
  live: boolean;
}

/** Compacting tiny postings would cost more than skipping their dead entries. */
const compactAfter = 8;

/** Field weights are a handful of distinct numbers, so a snapshot stores each entry's as a position in a palette. */
const maximumDistinctWeights = 0x1_0000;

interface PostingColumns {
  readonly tokens: readonly string[];
  readonly docCounts: Uint32Array;
  readonly docs: Int32Array;
  readonly weightPositions: Uint16Array;
  readonly palette: Float64Array;
}

const postingColumnsOf = (postings: readonly Posting[]): PostingColumns => {
  let total = 0;
  for (const posting of postings) {
    if (posting.dead > 0) throw new Error(`Renumber the dictionary before writing it: ${posting.token} still lists removed documents`);
    total += posting.docs.length;
  }
  const docs = new Int32Array(total);
  const weightPositions = new Uint16Array(total);
  const palette = new Map<number, number>();
  let at = 0;
  for (const posting of postings) {
    posting.docs.forEach((doc, index) => {
      const weight = posting.weights[index] as number;
      let position = palette.get(weight);
      if (position === undefined) {
        position = palette.size;
        if (position >= maximumDistinctWeights) throw new Error(`More than ${maximumDistinctWeights} distinct field weights`);
        palette.set(weight, position);
      }
      docs[at] = doc;
      weightPositions[at++] = position;
    });
  }
  return {
    tokens: postings.map((posting) => posting.token),
    docCounts: Uint32Array.from(postings, (posting) => posting.docs.length),
    docs,
    weightPositions,
    palette: Float64Array.from(palette.keys()),
  };
};

const readPostingColumns = (reader: SnapshotReader, documentCount: number): PostingColumns => {
  const tokens = reader.strings();
  const docCounts = reader.array(Uint32Array, tokens.length);
  const palette = reader.sizedArray(Float64Array);
  const total = docCounts.reduce((sum, count) => sum + count, 0);
  const docs = reader.array(Int32Array, total);
  const weightPositions = reader.array(Uint16Array, total);
  checkBelow(docs, documentCount, 'posting document');
  checkBelow(weightPositions, palette.length, 'posting weight');
  return { tokens, docCounts, docs, weightPositions, palette };
};

/** Every indexed token with its posting, reachable by exact token, by folded prefix, by fragment and by edit distance. */
export class TermDictionary {
  private readonly byToken = new Map<string, Posting>();
  private readonly byFoldedKey = new Map<string, KeyEntry>();
  private fragments = new TrigramIndex<KeyEntry>();
  private readonly sorted = new SortedKeys<KeyEntry>((entry) => this.byFoldedKey.delete(entry.key));

  constructor(private readonly isAlive: (doc: number) => boolean) {}

  add(token: string, doc: number, weight: number): Posting {
    const posting = this.byToken.get(token) ?? this.createPosting(token);
    posting.docs.push(doc);
    posting.weights.push(weight);
    return posting;
  }

  /** Called once for each posting of a document that has just been removed. */
  release(posting: Posting): void {
    posting.dead++;
    if (posting.dead === posting.docs.length) this.unlink(posting);
    else if (posting.dead >= compactAfter && posting.dead * 2 > posting.docs.length) this.compact(posting, (doc) => (this.isAlive(doc) ? doc : -1));
  }

  /** Rewrites every posting after the documents were renumbered; `mapping` is -1 for removed ones. */
  renumber(mapping: Int32Array): void {
    for (const posting of this.byToken.values()) {
      this.compact(posting, (doc) => mapping[doc] ?? -1);
      if (posting.docs.length === 0) this.unlink(posting);
    }
  }

  forEachWithPrefix(prefix: string, visit: (entry: KeyEntry) => void): void {
    this.sorted.refresh();
    const { entries } = this.sorted;
    const from = this.sorted.lowerBound(prefix);
    const to = this.sorted.endOfPrefix(prefix, from);
    for (let index = from; index < to; index++) {
      const entry = entries[index] as KeyEntry;
      if (entry.live) visit(entry);
    }
  }

  /** Keys containing `fragment` after their first character, i.e. as a later part of a compound. */
  forEachContaining(fragment: string, visit: (entry: KeyEntry) => void): void {
    this.fragments.forEachContaining(fragment, visit);
  }

  /** Keys sharing the pattern's first character that are within `maxDistance` edits of it or of their own prefix. */
  forEachWithin(pattern: string, maxDistance: number, visit: (entry: KeyEntry, distance: number) => void): void {
    this.sorted.refresh();
    const { sorted } = this;
    const first = pattern.charAt(0);
    const from = sorted.lowerBound(first);
    scanWithinDistance({
      keys: sorted.keys,
      from,
      to: sorted.endOfPrefix(first, from),
      pattern,
      maxDistance,
      endOfPrefix: (prefix, start) => sorted.endOfPrefix(prefix, start),
      visit: (index, distance) => {
        const entry = sorted.entries[index] as KeyEntry;
        if (entry.live) visit(entry, distance);
      },
    });
  }

  /** Live keys in sorted order, their postings and trigram lists; written after `renumber`, so that no posting lists a removed document. */
  writeTo(writer: SnapshotWriter): void {
    this.sorted.refresh();
    const entries = this.sorted.entries.filter((entry) => entry.live);
    const positions = new Map(entries.map((entry, position) => [entry, position]));
    writer.strings(entries.map((entry) => entry.key));
    writer.array(Uint32Array.from(entries, (entry) => entry.postings.length));
    const columns = postingColumnsOf(entries.flatMap((entry) => entry.postings));
    writer.strings(columns.tokens);
    writer.array(columns.docCounts);
    writer.sizedArray(columns.palette);
    writer.array(columns.docs);
    writer.array(columns.weightPositions);
    this.fragments.writeTo(writer, (entry) => {
      const position = positions.get(entry);
      if (position === undefined) throw new Error(`The trigram index holds ${entry.key}, which the dictionary does not`);
      return position;
    });
  }

  static readFrom(reader: SnapshotReader, isAlive: (doc: number) => boolean, documentCount: number): TermDictionary {
    const dictionary = new TermDictionary(isAlive);
    const keys = reader.strings();
    const postingCounts = reader.array(Uint32Array, keys.length);
    const columns = readPostingColumns(reader, documentCount);
    const entries: KeyEntry[] = [];
    let tokenIndex = 0;
    let at = 0;
    keys.forEach((key, keyIndex) => {
      const entry: KeyEntry = { key, postings: [], live: true };
      const end = tokenIndex + (postingCounts[keyIndex] as number);
      if (end === tokenIndex || end > columns.tokens.length) throw new SearchSnapshotInvalidError(`key ${key} has ${postingCounts[keyIndex]} postings`);
      for (; tokenIndex < end; tokenIndex++) {
        const posting: Posting = { token: columns.tokens[tokenIndex] as string, entry, docs: [], weights: [], dead: 0 };
        for (const last = at + (columns.docCounts[tokenIndex] as number); at < last; at++) {
          const doc = columns.docs[at] as number;
          posting.docs.push(doc);
          posting.weights.push(columns.palette[columns.weightPositions[at] as number] as number);
        }
        if (dictionary.byToken.has(posting.token)) throw new SearchSnapshotInvalidError(`token ${posting.token} listed twice`);
        entry.postings.push(posting);
        dictionary.byToken.set(posting.token, posting);
      }
      dictionary.byFoldedKey.set(key, entry);
      entries.push(entry);
    });
    if (tokenIndex !== columns.tokens.length) throw new SearchSnapshotInvalidError(`${columns.tokens.length - tokenIndex} tokens belong to no key`);
    dictionary.sorted.restore(entries);
    dictionary.fragments = TrigramIndex.readFrom(reader, entries);
    return dictionary;
  }

  private createPosting(token: string): Posting {
    const entry = this.liveEntry(fold(token));
    const posting: Posting = { token, entry, docs: [], weights: [], dead: 0 };
    entry.postings.push(posting);
    this.byToken.set(token, posting);
    return posting;
  }

  /** A key that lost its last token keeps its place in the sorted list, so it is revived rather than re-inserted. */
  private liveEntry(key: string): KeyEntry {
    let entry = this.byFoldedKey.get(key);
    if (entry?.live) return entry;
    if (entry) {
      entry.live = true;
      this.sorted.revived();
    } else {
      entry = { key, postings: [], live: true };
      this.byFoldedKey.set(key, entry);
      this.sorted.add(entry);
    }
    this.fragments.add(entry);
    return entry;
  }

  private unlink(posting: Posting): void {
    this.byToken.delete(posting.token);
    const { entry } = posting;
    entry.postings.splice(entry.postings.indexOf(posting), 1);
    if (entry.postings.length > 0) return;
    entry.live = false;
    this.fragments.delete(entry);
    this.sorted.died();
  }

  private compact(posting: Posting, target: (doc: number) => number): void {
    let kept = 0;
    for (let index = 0; index < posting.docs.length; index++) {
      const doc = target(posting.docs[index] as number);
      if (doc < 0) continue;
      posting.docs[kept] = doc;
      posting.weights[kept] = posting.weights[index] as number;
      kept++;
    }
    posting.docs.length = kept;
    posting.weights.length = kept;
    posting.dead = 0;
  }
}
