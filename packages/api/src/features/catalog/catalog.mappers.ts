import type { Activity } from '@linkki/db';
import type { ListingText, Organisation } from '@linkki/domain';
import { nextDateOf } from './search/activity-visibility';

const summaryLength = 220;

const shorten = (text: string): string => (text.length <= summaryLength ? text : `${text.slice(0, summaryLength).replace(/\s+\S*$/, '')}…`);

const summaryOf = (description: ListingText): ListingText => ({
  fi: shorten(description.fi),
  ...(description.sv ? { sv: shorten(description.sv) } : {}),
  ...(description.en ? { en: shorten(description.en) } : {}),
});

const organisationSummaryOf = (organisation: Organisation | undefined, id: string) => ({
  id,
  name: organisation?.name ?? { fi: id },
  kind: organisation?.kind ?? null,
});

/** A search hit: enough for a result card, in every language the organiser wrote. */
export const activityCardOf = (activity: Activity, organisation: Organisation | undefined, today: string) => {
  const { content } = activity;
  return {
    id: activity.id,
    title: content.title,
    summary: summaryOf(content.description),
    organisation: organisationSummaryOf(organisation, content.organisationId),
    municipality: content.municipality,
    place: content.location?.name ?? content.location?.city ?? null,
    free: content.cost.free,
    nextDate: nextDateOf(content, today),
    weekly: content.schedule.weekly,
    languages: content.languages,
    themes: content.themes,
    targetGroups: content.targetGroups,
    accompanimentWelcome: content.accompanimentWelcome,
    accessible: content.accessibility.length > 0,
    registrationRequired: content.registrationRequired,
  };
};

/** The whole public listing, with the organiser's public contact details. */
export const activityDetailOf = (activity: Activity, organisation: Organisation | undefined, today: string) => ({
  ...activityCardOf(activity, organisation, today),
  content: activity.content,
  upcomingDates: activity.content.schedule.dates.filter((slot) => slot.date >= today),
  organisationContact: organisation?.contact ?? null,
  lastVerifiedAt: activity.lastVerifiedAt,
});
