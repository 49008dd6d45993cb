import type { Activity } from '@linkki/db';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * A county's published listings by id. Those loaded from a snapshot stay as their JSON bytes until
 * first read: a search shows a page of cards, and parsing every listing of a large county on load
 * would cost more than the rest of the load together.
 */
export class CatalogActivities {
  private readonly parsed = new Map<string, Activity>();
  private readonly unparsed = new Map<string, Uint8Array>();

  /** Listings as the JSON bytes `jsonOf` gave, by id. */
  static fromJson(entries: Iterable<readonly [string, Uint8Array]>): CatalogActivities {
    const activities = new CatalogActivities();
    for (const [id, json] of entries) activities.unparsed.set(id, json);
    return activities;
  }

  get size(): number {
    return this.parsed.size + this.unparsed.size;
  }

  get(id: string): Activity | undefined {
    const found = this.parsed.get(id);
    if (found) return found;
    const json = this.unparsed.get(id);
    if (!json) return undefined;
    const activity = JSON.parse(decoder.decode(json)) as Activity;
    this.unparsed.delete(id);
    this.parsed.set(id, activity);
    return activity;
  }

  set(activity: Activity): void {
    this.unparsed.delete(activity.id);
    this.parsed.set(activity.id, activity);
  }

  delete(id: string): void {
    this.parsed.delete(id);
    this.unparsed.delete(id);
  }

  ids(): IterableIterator<string> {
    return [...this.parsed.keys(), ...this.unparsed.keys()].values();
  }

  /** Every listing, parsing those not read yet (the open-data export, a renamed organisation). */
  *values(): IterableIterator<Activity> {
    for (const id of [...this.unparsed.keys()]) this.get(id);
    yield* this.parsed.values();
  }

  /** The listing's JSON bytes, without parsing one that was never read. */
  jsonOf(id: string): Uint8Array {
    const json = this.unparsed.get(id);
    if (json) return json;
    const activity = this.parsed.get(id);
    if (!activity) throw new Error(`No listing ${id} in the catalog`);
    return encoder.encode(JSON.stringify(activity));
  }
}
