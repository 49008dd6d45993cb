import { type CalendarRow, DocumentCalendar } from './document-calendar';
import { FacetStore } from './facet-store';
import type { EncodedFilters } from './facets';
import { SearchSnapshotInvalidError, type SnapshotReader, type SnapshotWriter } from './snapshot-buffer';
import type { Posting } from './term-dictionary';

export interface DocumentRow {
  readonly id: string;
  readonly updatedAt: number;
  readonly calendar: CalendarRow;
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
  private live = 0;

  constructor(
    readonly facets = new FacetStore(),
    readonly calendar = new DocumentCalendar(),
  ) {}

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
    this.ids.push(row.id);
    this.postings.push(row.postings);
    this.updated[doc] = row.updatedAt;
    this.calendar.append(doc, row.calendar);
    this.facets.append(doc, row.filters);
    this.live++;
    return doc;
  }

  /** Marks the document removed and hands back its postings to release. */
  delete(doc: number): readonly Posting[] {
    const postings = this.postings[doc] ?? [];
    this.ids[doc] = undefined;
    this.postings[doc] = undefined;
    this.calendar.hide(doc);
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

  /** The documents shown on `day`, in id order; removed ones have an empty validity period. */
  documentsShownOn(day: number): number[] {
    const docs: number[] = [];
    for (let doc = 0; doc < this.ids.length; doc++) if (this.calendar.shownOn(doc, day)) docs.push(doc);
    return docs;
  }

  /** Written without holes (`compact` first); postings are the dictionary's to write. */
  writeTo(writer: SnapshotWriter): void {
    if (this.live !== this.ids.length) throw new Error('Compact the document table before writing it');
    writer.strings(this.ids as string[]);
    writer.array(this.updated.subarray(0, this.ids.length));
    this.calendar.writeTo(writer);
    this.facets.writeTo(writer);
  }

  /**
   * The documents come back without their lists of postings: working those out would cost the load
   * as much again. When such a document goes, its posting entries stay in place, skipped as every
   * removed document's are, and the next renumbering drops them.
   */
  static readFrom(reader: SnapshotReader, slotCount: number): DocumentTable {
    const ids = reader.strings();
    if (new Set(ids).size !== ids.length) throw new SearchSnapshotInvalidError('a document id is listed twice');
    const updated = reader.array(Float64Array, ids.length);
    const calendar = DocumentCalendar.readFrom(reader, ids.length);
    const table = new DocumentTable(FacetStore.readFrom(reader, ids.length, slotCount), calendar);
    table.ids = ids;
    table.postings = ids.map(() => undefined);
    table.updated = updated;
    table.live = ids.length;
    return table;
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
      kept++;
    }
    this.ids.length = kept;
    this.postings.length = kept;
    this.facets.compact(mapping);
    this.calendar.compact(mapping);
    return mapping;
  }
}
