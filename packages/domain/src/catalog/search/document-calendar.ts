import { afterAllDays, beforeAllDays, weekdayBit, weekdayOfDayNumber } from './calendar-days';
import { checkBelow, SearchSnapshotInvalidError, type SnapshotReader, type SnapshotWriter } from './snapshot-buffer';

/** The dated occurrences of one document, sorted, with what a query on any day needs of them precomputed. */
export interface Occurrences {
  /** Day numbers, ascending, each once. */
  readonly days: Int32Array;
  /** `laterWeekdays[i]` holds the weekday bits of `days[i]` and every later day; one more entry (0) for "none left". */
  readonly laterWeekdays: Uint8Array;
  /** The weekday bits its weekly slots already give, which the stored facet slots count. */
  readonly weekly: number;
}

export interface CalendarRow {
  readonly validFrom: number;
  readonly validUntil: number;
  readonly occurrences: Occurrences | undefined;
}

const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, needed: number, create: (size: number) => T): T => {
  if (array.length >= needed) return array;
  const larger = create(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
};

const int32s = (size: number) => new Int32Array(size);

/**
 * What the dated occurrences mean on one day, per document: the weekday bits they add to the
 * weekly ones and the next occurrence. Filtering, counting and ordering read it once per match.
 */
export interface CalendarDay {
  readonly day: number;
  /** Weekday bits of the occurrences on or after the day that the weekly slots do not already give. */
  readonly addedWeekdays: Uint8Array;
  /** The first occurrence on or after the day; Infinity when none is left, so that ongoing activities come after every dated event. */
  readonly nextOccurrence: Float64Array;
}

/** Sorted, deduplicated day numbers and the weekday bits still ahead from each of them. */
export const occurrencesOf = (dayNumbers: Iterable<number>, weekly: number): Occurrences | undefined => {
  const days = Int32Array.from(new Set(dayNumbers)).sort();
  if (days.length === 0) return undefined;
  const laterWeekdays = new Uint8Array(days.length + 1);
  for (let index = days.length - 1; index >= 0; index--) laterWeekdays[index] = (laterWeekdays[index + 1] as number) | weekdayBit(weekdayOfDayNumber(days[index] as number));
  return { days, laterWeekdays, weekly };
};

/** Position of the first day on or after `day`. */
const firstOnOrAfter = (days: Int32Array, day: number): number => {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
};

/**
 * What of a document depends on the day a search runs: its validity period and its dated
 * occurrences. Most listings have no dated occurrences, so they cost one empty slot in a list;
 * the validity pair sits in typed arrays because every candidate of every search reads it.
 * A removed document gets an empty period, which hides it by the same test.
 */
export class DocumentCalendar {
  private from: Int32Array = new Int32Array(1024);
  private until: Int32Array = new Int32Array(1024);
  private dated: (Occurrences | undefined)[] = [];
  /** Worked out again when a query comes on another day, or after a renumbering; kept up to date as documents come and go. */
  private current: CalendarDay | undefined;

  get length(): number {
    return this.dated.length;
  }

  append(doc: number, row: CalendarRow): void {
    if (doc !== this.dated.length) throw new Error(`Calendar rows appended out of order: ${doc} after ${this.dated.length - 1}`);
    this.from = grown(this.from, doc + 1, int32s);
    this.until = grown(this.until, doc + 1, int32s);
    this.from[doc] = row.validFrom;
    this.until[doc] = row.validUntil;
    this.dated.push(row.occurrences);
    if (this.current) {
      this.current = {
        day: this.current.day,
        addedWeekdays: grown(this.current.addedWeekdays, doc + 1, (size) => new Uint8Array(size)),
        nextOccurrence: grown(this.current.nextOccurrence, doc + 1, (size) => new Float64Array(size)),
      };
      this.settle(this.current, doc);
    }
  }

  hide(doc: number): void {
    this.from[doc] = afterAllDays;
    this.until[doc] = beforeAllDays;
    this.dated[doc] = undefined;
    if (this.current) this.settle(this.current, doc);
  }

  shownOn(doc: number, day: number): boolean {
    return (this.from[doc] as number) <= day && day <= (this.until[doc] as number);
  }

  row(doc: number): CalendarRow {
    return { validFrom: this.from[doc] as number, validUntil: this.until[doc] as number, occurrences: this.dated[doc] };
  }

  /** The dated occurrences as of `day`; the same day again costs nothing, another one a pass over the documents. */
  on(day: number): CalendarDay {
    if (this.current?.day === day) return this.current;
    const length = Math.max(this.dated.length, 1024);
    const current: CalendarDay = { day, addedWeekdays: new Uint8Array(length), nextOccurrence: new Float64Array(length).fill(Infinity) };
    for (let doc = 0; doc < this.dated.length; doc++) if (this.dated[doc]) this.settle(current, doc);
    this.current = current;
    return current;
  }

  private settle({ day, addedWeekdays, nextOccurrence }: CalendarDay, doc: number): void {
    const occurrences = this.dated[doc];
    if (!occurrences) {
      addedWeekdays[doc] = 0;
      nextOccurrence[doc] = Infinity;
      return;
    }
    const { days } = occurrences;
    const index = firstOnOrAfter(days, day);
    addedWeekdays[doc] = (occurrences.laterWeekdays[index] as number) & ~occurrences.weekly;
    nextOccurrence[doc] = index < days.length ? (days[index] as number) : Infinity;
  }

  writeTo(writer: SnapshotWriter): void {
    const count = this.dated.length;
    writer.array(this.from.subarray(0, count));
    writer.array(this.until.subarray(0, count));
    const docs: number[] = [];
    const ends: number[] = [];
    const days: number[] = [];
    const weekly: number[] = [];
    this.dated.forEach((occurrences, doc) => {
      if (!occurrences) return;
      docs.push(doc);
      days.push(...occurrences.days);
      ends.push(days.length);
      weekly.push(occurrences.weekly);
    });
    writer.sizedArray(Int32Array.from(docs));
    writer.array(Uint32Array.from(ends));
    writer.array(Uint8Array.from(weekly));
    writer.sizedArray(Int32Array.from(days));
  }

  static readFrom(reader: SnapshotReader, count: number): DocumentCalendar {
    const calendar = new DocumentCalendar();
    calendar.from = reader.array(Int32Array, count);
    calendar.until = reader.array(Int32Array, count);
    calendar.dated = new Array<Occurrences | undefined>(count).fill(undefined);
    const docs = reader.sizedArray(Int32Array);
    const ends = reader.array(Uint32Array, docs.length);
    const weekly = reader.array(Uint8Array, docs.length);
    const days = reader.sizedArray(Int32Array);
    checkBelow(docs, count, 'dated document');
    let start = 0;
    docs.forEach((doc, index) => {
      const end = ends[index] as number;
      if (end < start || end > days.length) throw new SearchSnapshotInvalidError(`dated occurrences of document ${doc} are out of place`);
      calendar.dated[doc] = occurrencesOf(days.subarray(start, end), weekly[index] as number);
      start = end;
    });
    return calendar;
  }

  /** Keeps the documents that `mapping` gives a new id, under that id; `mapping` only ever moves ids down. */
  compact(mapping: Int32Array): void {
    let count = 0;
    for (let doc = 0; doc < this.dated.length; doc++) {
      const target = mapping[doc] ?? -1;
      if (target < 0) continue;
      this.from[target] = this.from[doc] as number;
      this.until[target] = this.until[doc] as number;
      this.dated[target] = this.dated[doc];
      count = target + 1;
    }
    this.dated.length = count;
    this.current = undefined;
  }
}
