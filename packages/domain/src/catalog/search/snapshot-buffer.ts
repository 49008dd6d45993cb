import { DomainError } from '../../shared/errors';

/** The bytes are not a search index snapshot this code can read: another format, another version, cut short or damaged. */
export class SearchSnapshotInvalidError extends DomainError {
  override readonly name = 'SearchSnapshotInvalidError';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(`Not a readable search index snapshot: ${reason}`);
  }
}

type NumberArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
type NumberArrayType<Array extends NumberArray> = { new (length: number): Array; readonly BYTES_PER_ELEMENT: number };

/** Typed arrays go in as their raw bytes; snapshots are written and read on little-endian machines only (x86-64 and Arm Lambdas). */
const bytesOf = (array: NumberArray): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

export const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Appends numbers, typed arrays and string lists; `finish` joins them into one buffer. */
export class SnapshotWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private readonly encoder = new TextEncoder();

  uint32(value: number): void {
    this.array(new Uint32Array([value]));
  }

  float64(value: number): void {
    this.array(new Float64Array([value]));
  }

  /** A typed array whose length the reader is told separately. */
  array(array: NumberArray): void {
    const bytes = bytesOf(array);
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  /** A typed array preceded by its length. */
  sizedArray(array: NumberArray): void {
    this.uint32(array.length);
    this.array(array);
  }

  /** One UTF-8 block and the UTF-16 lengths, so the reader decodes once and slices instead of decoding thousands of small strings. */
  strings(values: readonly string[]): void {
    this.sizedArray(Uint32Array.from(values, (value) => value.length));
    this.sizedArray(this.encoder.encode(values.join('')));
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** Reads what `SnapshotWriter` wrote, in the same order; running past the end is a truncated snapshot. */
export class SnapshotReader {
  private offset = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  uint32(): number {
    return this.array(Uint32Array, 1)[0] as number;
  }

  float64(): number {
    return this.array(Float64Array, 1)[0] as number;
  }

  /** Copies out, which also aligns the data whatever its offset in the buffer. */
  array<Array extends NumberArray>(type: NumberArrayType<Array>, length: number): Array {
    const byteLength = length * type.BYTES_PER_ELEMENT;
    if (!Number.isInteger(length) || length < 0 || byteLength > this.remaining)
      throw new SearchSnapshotInvalidError(`truncated: ${byteLength} bytes wanted at offset ${this.offset}, ${this.remaining} left`);
    const out = new type(length);
    bytesOf(out).set(this.bytes.subarray(this.offset, this.offset + byteLength));
    this.offset += byteLength;
    return out;
  }

  sizedArray<Array extends NumberArray>(type: NumberArrayType<Array>): Array {
    return this.array(type, this.uint32());
  }

  strings(): string[] {
    const lengths = this.sizedArray(Uint32Array);
    let text: string;
    try {
      text = this.decoder.decode(this.sizedArray(Uint8Array));
    } catch {
      throw new SearchSnapshotInvalidError(`damaged text before offset ${this.offset}`);
    }
    const values = new Array<string>(lengths.length);
    let start = 0;
    for (let index = 0; index < lengths.length; index++) {
      const end = start + (lengths[index] as number);
      values[index] = text.slice(start, end);
      start = end;
    }
    if (start !== text.length) throw new SearchSnapshotInvalidError(`string lengths do not add up before offset ${this.offset}`);
    return values;
  }
}

/** Every stored index (document, slot, key) must point inside its table, or the loaded index would fail later, far from the cause. */
export const checkBelow = (values: ArrayLike<number>, limit: number, what: string): void => {
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (!(value >= 0 && value < limit)) throw new SearchSnapshotInvalidError(`${what} ${value} outside 0…${limit - 1}`);
  }
};
