import { scanWithinDistance } from './edit-distance';
import { fold } from './normalize';
import { SortedKeys } from './sorted-keys';
import { TrigramIndex } from './trigram-index';

/** The documents that contain one exact token, and the weight of the best field it occurs in. */
export interface Posting {
  readonly token: string;
  readonly entry: KeyEntry;
  readonly docs: number[];
  readonly weights: number[];
  /** Entries whose document has been removed: skipped when read, dropped in bulk once they are many. */
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

/** Every indexed token with its posting, reachable by exact token, by folded prefix, by fragment and by edit distance. */
export class TermDictionary {
  private readonly byToken = new Map<string, Posting>();
  private readonly byFoldedKey = new Map<string, KeyEntry>();
  private readonly fragments = new TrigramIndex<KeyEntry>();
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
    for (const posting of this.byToken.values()) this.compact(posting, (doc) => mapping[doc] ?? -1);
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
