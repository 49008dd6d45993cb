import { checkBelow, SearchSnapshotInvalidError, type SnapshotReader, type SnapshotWriter } from './snapshot-buffer';

/** Fragments shorter than this would match inside too many words to be a useful compound part. */
export const minimumFragmentLength = 4;

const gramLength = 3;

const gramsOf = (text: string): Set<string> => {
  const grams = new Set<string>();
  for (let start = 0; start + gramLength <= text.length; start++) grams.add(text.slice(start, start + gramLength));
  return grams;
};

/**
 * Finds dictionary words that contain a fragment after their first character — the later parts of
 * compounds (vertais|ryhmä). Only the words sharing the fragment's rarest trigram are compared.
 */
export class TrigramIndex<Entry extends { readonly key: string }> {
  private readonly lists = new Map<string, Set<Entry>>();

  add(entry: Entry): void {
    if (entry.key.length <= minimumFragmentLength) return;
    for (const gram of gramsOf(entry.key)) {
      const list = this.lists.get(gram);
      if (list) list.add(entry);
      else this.lists.set(gram, new Set([entry]));
    }
  }

  delete(entry: Entry): void {
    if (entry.key.length <= minimumFragmentLength) return;
    for (const gram of gramsOf(entry.key)) {
      const list = this.lists.get(gram);
      list?.delete(entry);
      if (list?.size === 0) this.lists.delete(gram);
    }
  }

  /** Each trigram with the positions of its entries in `entries`, as `indexOf` numbers them. */
  writeTo(writer: SnapshotWriter, indexOf: (entry: Entry) => number): void {
    const grams = [...this.lists.keys()];
    writer.strings(grams);
    writer.array(Uint32Array.from(grams, (gram) => this.lists.get(gram)?.size ?? 0));
    const positions: number[] = [];
    for (const list of this.lists.values()) for (const entry of list) positions.push(indexOf(entry));
    writer.sizedArray(Uint32Array.from(positions));
  }

  static readFrom<Entry extends { readonly key: string }>(reader: SnapshotReader, entries: readonly Entry[]): TrigramIndex<Entry> {
    const index = new TrigramIndex<Entry>();
    const grams = reader.strings();
    const sizes = reader.array(Uint32Array, grams.length);
    const positions = reader.sizedArray(Uint32Array);
    checkBelow(positions, entries.length, 'trigram entry');
    let start = 0;
    grams.forEach((gram, gramIndex) => {
      const end = start + (sizes[gramIndex] as number);
      if (end > positions.length) throw new SearchSnapshotInvalidError(`trigram ${gram} lists more entries than stored`);
      const list = new Set<Entry>();
      for (let position = start; position < end; position++) list.add(entries[positions[position] as number] as Entry);
      index.lists.set(gram, list);
      start = end;
    });
    return index;
  }

  /** Entries whose key contains `fragment` somewhere other than at its start. */
  forEachContaining(fragment: string, visit: (entry: Entry) => void): void {
    if (fragment.length < minimumFragmentLength) return;
    let rarest: Set<Entry> | undefined;
    for (const gram of gramsOf(fragment)) {
      const list = this.lists.get(gram);
      if (!list) return;
      if (!rarest || list.size < rarest.size) rarest = list;
    }
    for (const entry of rarest ?? []) {
      if (entry.key.indexOf(fragment, 1) !== -1) visit(entry);
    }
  }
}
