import type { Activity } from '@linkki/db';
import { isVisibleToResidents } from './activity-visibility';
import type { CatalogActivities } from './catalog-activities';

/**
 * A read-only view of `all` that holds only the listings residents see on
 * `today`: the cache keeps every published listing, and what a resident may open (a listing page,
 * a contact request, the open-data export) is decided per request by the day, as the search is.
 */
class VisibleActivities implements ReadonlyMap<string, Activity> {
  constructor(
    private readonly all: CatalogActivities,
    private readonly today: string,
  ) {}

  get(id: string): Activity | undefined {
    const activity = this.all.get(id);
    return activity && isVisibleToResidents(activity, this.today) ? activity : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    let count = 0;
    for (const _ of this.values()) count += 1;
    return count;
  }

  *entries(): MapIterator<[string, Activity]> {
    for (const activity of this.values()) yield [activity.id, activity];
  }

  *keys(): MapIterator<string> {
    for (const activity of this.values()) yield activity.id;
  }

  *values(): MapIterator<Activity> {
    for (const activity of this.all.values()) if (isVisibleToResidents(activity, this.today)) yield activity;
  }

  [Symbol.iterator](): MapIterator<[string, Activity]> {
    return this.entries();
  }

  forEach(visit: (activity: Activity, id: string, map: ReadonlyMap<string, Activity>) => void): void {
    for (const [id, activity] of this.entries()) visit(activity, id, this);
  }
}

export const visibleActivities = (all: CatalogActivities, today: string): ReadonlyMap<string, Activity> => new VisibleActivities(all, today);
