import { FacetStore } from './facet-store';
import type { EncodedFilters } from './facets';
import type { Posting } from './term-dictionary';

export interface DocumentRow {
  readonly id: string;
  readonly updatedAt: number;
  /** Infinity for ongoing activities, so that they come after every dated event. */
  readonly nextDate: number;
  readonly filters: EncodedFilters;
  /** What to release when the document is replaced or removed. */
  readonly postings: readonly Posting[];
}

const grown = (array: Float64Array, needed: number): Float64Array => {
  if (array.length >= needed) return array;
  const larger = new Float64Array(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
};

/**
 * The indexed documents by internal id, column by column, so that the per-match loops of a
 * search read contiguous arrays. Ids only grow; a replaced or removed document leaves a hole
 * until `compact` renumbers the survivors.
 */
export class DocumentTable {
  private ids: (string | undefined)[] = [];
  private postings: (readonly Posting[] | undefined)[] = [];
  private updated: Float64Array = new Float64Array(1024);
  private next: Float64Array = new Float64Array(1024);
  readonly facets = new FacetStore();
  private live = 0;

  /** One past the highest internal id in use. */
  get length(): number {
    return this.ids.length;
  }

  get liveCount(): number {
    return this.live;
  }

  append(row: DocumentRow): number {
    const doc = this.ids.length;
    this.updated = grown(this.updated, doc + 1);
    this.next = grown(this.next, doc + 1);
    this.ids.push(row.id);
    this.postings.push(row.postings);
    this.updated[doc] = row.updatedAt;
    this.next[doc] = row.nextDate;
    this.facets.append(doc, row.filters);
    this.live++;
    return doc;
  }

  /** Marks the document removed and hands back its postings to release. */
  delete(doc: number): readonly Posting[] {
    const postings = this.postings[doc] ?? [];
    this.ids[doc] = undefined;
    this.postings[doc] = undefined;
    this.live--;
    return postings;
  }

  isAlive(doc: number): boolean {
    return this.ids[doc] !== undefined;
  }

  idOf(doc: number): string {
    return this.ids[doc] as string;
  }

  updatedAt(doc: number): number {
    return this.updated[doc] as number;
  }

  nextDate(doc: number): number {
    return this.next[doc] as number;
  }

  liveDocuments(): number[] {
    const docs: number[] = [];
    for (let doc = 0; doc < this.ids.length; doc++) if (this.ids[doc] !== undefined) docs.push(doc);
    return docs;
  }

  /** Closes the holes, keeping the order of the survivors; returns old id → new id, -1 for removed ones. */
  compact(): Int32Array {
    const mapping = new Int32Array(this.ids.length).fill(-1);
    let kept = 0;
    for (let doc = 0; doc < this.ids.length; doc++) {
      if (this.ids[doc] === undefined) continue;
      mapping[doc] = kept;
      this.ids[kept] = this.ids[doc];
      this.postings[kept] = this.postings[doc];
      this.updated[kept] = this.updated[doc] as number;
      this.next[kept] = this.next[doc] as number;
      kept++;
    }
    this.ids.length = kept;
    this.postings.length = kept;
    this.facets.compact(mapping);
    return mapping;
  }
}
