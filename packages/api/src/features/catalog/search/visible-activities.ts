import type { Activity } from '@linkki/db';
import { isVisibleToResidents } from './activity-visibility';
import type { CatalogActivities } from './catalog-activities';

/** The listings residents see on a day: one by id (a listing page, a contact request), or all of them (the open-data export). */
export interface VisibleActivities {
  get(id: string): Activity | undefined;
  values(): IterableIterator<Activity>;
}

/**
 * A view of `all` that holds only the listings residents see on `today`: the cache keeps every
 * published listing, and what a resident may open is decided per request by the day, as the
 * search is. A listing is parsed only when it is asked for.
 */
export const visibleActivities = (all: CatalogActivities, today: string): VisibleActivities => ({
  get(id) {
    const activity = all.get(id);
    return activity && isVisibleToResidents(activity, today) ? activity : undefined;
  },
  *values() {
    for (const activity of all.values()) if (isVisibleToResidents(activity, today)) yield activity;
  },
});
