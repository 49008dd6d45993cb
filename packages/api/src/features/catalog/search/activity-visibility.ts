import type { ActivityContent, ListingStatus } from '@linkki/domain';

/** Residents see a listing only while it is published and inside its validity period. */
export const isVisibleToResidents = (activity: { status: ListingStatus; content: ActivityContent }, today: string): boolean =>
  activity.status === 'published' && (!activity.content.validFrom || activity.content.validFrom <= today) && (!activity.content.validUntil || activity.content.validUntil >= today);

/** The first dated occurrence on or after `today`, or null for ongoing weekly activities. */
export const nextDateOf = (content: ActivityContent, today: string): string | null =>
  content.schedule.dates
    .map((slot) => slot.date)
    .filter((date) => date >= today)
    .sort()[0] ?? null;

/** The weekdays of its weekly slots; the search adds those of the dated occurrences still ahead on the day it runs. */
export const weeklyWeekdaysOf = (content: ActivityContent): number[] => [...new Set(content.schedule.weekly.map((slot) => slot.weekday))].sort();
