import { type ActiveFacet, type EncodedFilters, facetNames } from './facets';
import { checkBelow, SearchSnapshotInvalidError, type SnapshotReader, type SnapshotWriter } from './snapshot-buffer';

const stride = facetNames.length + 1;

const grown = <T extends Int32Array | Uint16Array>(array: T, needed: number, create: (size: number) => T): T => {
  if (array.length >= needed) return array;
  const larger = create(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
};

/**
 * The facet slots of every document, in one contiguous arena indexed by internal id. Filtering
 * and counting touch every matching document, and scattered per-document objects would make
 * that loop wait on memory rather than compute.
 */
export class FacetStore {
  private slots = new Int32Array(16_384);
  private used = 0;
  private starts = new Int32Array(1024);
  /** Per document, `stride` offsets relative to its start: where each facet's slots begin, then the end. */
  private bounds = new Uint16Array(1024 * stride);
  private count = 0;

  /** Documents are appended in internal id order. */
  append(doc: number, encoded: EncodedFilters): void {
    if (doc !== this.count) throw new Error(`Facet slots appended out of order: ${doc} after ${this.count - 1}`);
    this.slots = grown(this.slots, this.used + encoded.slots.length, (size) => new Int32Array(size));
    this.starts = grown(this.starts, doc + 1, (size) => new Int32Array(size));
    this.bounds = grown(this.bounds, (doc + 1) * stride, (size) => new Uint16Array(size));
    this.starts[doc] = this.used;
    this.slots.set(encoded.slots, this.used);
    this.bounds.set(encoded.bounds, doc * stride);
    this.used += encoded.slots.length;
    this.count++;
  }

  passes(doc: number, { facet, accepted }: ActiveFacet): boolean {
    const start = this.starts[doc] as number;
    const end = start + (this.bounds[doc * stride + facet + 1] as number);
    for (let index = start + (this.bounds[doc * stride + facet] as number); index < end; index++) {
      if (accepted[this.slots[index] as number] === 1) return true;
    }
    return false;
  }

  /** Adds the document's values to `counts`: all of them, or only those of one facet. */
  tally(doc: number, counts: Int32Array, facet = -1): void {
    const start = this.starts[doc] as number;
    const from = facet < 0 ? 0 : facet;
    const to = facet < 0 ? stride - 1 : facet + 1;
    const end = start + (this.bounds[doc * stride + to] as number);
    for (let index = start + (this.bounds[doc * stride + from] as number); index < end; index++) {
      const slot = this.slots[index] as number;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }

  /** The arena as it is; the reader is told the document count by the table. */
  writeTo(writer: SnapshotWriter): void {
    writer.array(this.starts.subarray(0, this.count));
    writer.array(this.bounds.subarray(0, this.count * stride));
    writer.sizedArray(this.slots.subarray(0, this.used));
  }

  static readFrom(reader: SnapshotReader, count: number, slotCount: number): FacetStore {
    const store = new FacetStore();
    store.starts = reader.array(Int32Array, count);
    store.bounds = reader.array(Uint16Array, count * stride);
    store.slots = reader.sizedArray(Int32Array);
    store.used = store.slots.length;
    store.count = count;
    checkBelow(store.slots, slotCount, 'facet slot');
    for (let doc = 0; doc < count; doc++) {
      const start = store.starts[doc] as number;
      let ordered = store.bounds[doc * stride] === 0;
      for (let facet = 1; facet < stride; facet++) ordered &&= (store.bounds[doc * stride + facet - 1] as number) <= (store.bounds[doc * stride + facet] as number);
      if (!ordered || start < 0 || start + (store.bounds[doc * stride + stride - 1] as number) > store.used) throw new SearchSnapshotInvalidError(`facet slots of document ${doc} are out of place`);
    }
    return store;
  }

  /** Keeps the documents that `mapping` gives a new id, under that id, and frees the rest of the arena. */
  compact(mapping: Int32Array): void {
    const slots = new Int32Array(Math.max(this.used, 16_384));
    let used = 0;
    let count = 0;
    for (let doc = 0; doc < this.count; doc++) {
      const target = mapping[doc] ?? -1;
      if (target < 0) continue;
      const start = this.starts[doc] as number;
      const length = this.bounds[doc * stride + stride - 1] as number;
      slots.set(this.slots.subarray(start, start + length), used);
      this.bounds.copyWithin(target * stride, doc * stride, (doc + 1) * stride);
      this.starts[target] = used;
      used += length;
      count = target + 1;
    }
    this.slots = slots;
    this.used = used;
    this.count = count;
  }
}
