import { SearchSnapshotInvalidError } from './snapshot-buffer';

export interface KeyedEntry {
  readonly key: string;
  live: boolean;
}

/** Up to this many new keys are spliced in one by one; more are sorted and merged in one pass. */
const spliceLimit = 256;
/** Dead keys are skipped by lookups and dropped only once they are a quarter of the list, so removals stay cheap. */
const deadShareToDrop = 0.25;
const minimumDeadToDrop = 1024;

const byKey = (a: KeyedEntry, b: KeyedEntry): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const merge = <Entry extends KeyedEntry>(sorted: readonly Entry[], added: readonly Entry[]): Entry[] => {
  const merged: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length && j < added.length) merged.push(byKey(sorted[i] as Entry, added[j] as Entry) <= 0 ? (sorted[i++] as Entry) : (added[j++] as Entry));
  return merged.concat(sorted.slice(i), added.slice(j));
};

/**
 * Dictionary entries sorted by key for prefix ranges and bisection. New entries wait until the next
 * lookup, so a burst of upserts is sorted once; an entry whose last token went stays in place,
 * dead, and is revived if the key comes back.
 */
export class SortedKeys<Entry extends KeyedEntry> {
  entries: Entry[] = [];
  keys: string[] = [];
  private pending: Entry[] = [];
  private dead = 0;

  /** `drop` is told of each dead entry as it leaves the list for good. */
  constructor(private readonly drop: (entry: Entry) => void) {}

  /** Replaces the list with entries already sorted by key, as a snapshot stores them. */
  restore(entries: Entry[]): void {
    this.entries = entries;
    this.keys = entries.map((entry) => entry.key);
    for (let index = 1; index < this.keys.length; index++) {
      if (!((this.keys[index - 1] as string) < (this.keys[index] as string))) throw new SearchSnapshotInvalidError(`dictionary keys out of order at ${index}`);
    }
    this.pending = [];
    this.dead = 0;
  }

  add(entry: Entry): void {
    this.pending.push(entry);
  }

  died(): void {
    this.dead++;
  }

  revived(): void {
    this.dead--;
  }

  refresh(): void {
    if (this.pending.length > spliceLimit) {
      this.entries = merge(this.entries, this.pending.sort(byKey));
      this.keys = this.entries.map((entry) => entry.key);
    } else {
      for (const entry of this.pending) {
        const index = this.lowerBound(entry.key);
        this.entries.splice(index, 0, entry);
        this.keys.splice(index, 0, entry.key);
      }
    }
    this.pending = [];
    if (this.dead >= minimumDeadToDrop && this.dead > this.entries.length * deadShareToDrop) this.dropDead();
  }

  lowerBound(value: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.keys[middle] as string) < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Keys starting with `prefix` are contiguous, so the end of the run is found by bisection from inside it. */
  endOfPrefix(prefix: string, from: number): number {
    let low = from;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.keys[middle] as string).startsWith(prefix)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private dropDead(): void {
    for (const entry of this.entries) if (!entry.live) this.drop(entry);
    this.entries = this.entries.filter((entry) => entry.live);
    this.keys = this.entries.map((entry) => entry.key);
    this.dead = 0;
  }
}
