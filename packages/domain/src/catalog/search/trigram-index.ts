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
