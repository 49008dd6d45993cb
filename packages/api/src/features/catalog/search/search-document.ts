import { type ActivityContent, type SearchDocument, targetGroups, themes, type VocabularyTerm } from '@linkki/domain';
import type { Activity } from '@linkki/db';
import { weeklyWeekdaysOf } from './activity-visibility';

const labelsOf = (terms: readonly VocabularyTerm[], codes: readonly string[]): string =>
  terms
    .filter((entry) => codes.includes(entry.code))
    .flatMap((entry) => [entry.label.fi, entry.label.sv, entry.label.en])
    .join(' ');

const textsOf = (text: { fi: string; sv?: string | undefined; en?: string | undefined }): string => [text.fi, text.sv, text.en].filter(Boolean).join(' ');

/** Field weights: a word in the title counts most, then place and organiser, then the description. */
const weights = { title: 4, place: 2, organisation: 2, vocabulary: 1.5, description: 1 } as const;

const placeOf = (content: ActivityContent): string => [content.municipality, content.location?.name, content.location?.city, content.location?.address].filter(Boolean).join(' ');

/**
 * What the search index knows of a listing: its words with weights, its filter values, its validity
 * period and dated occurrences. Nothing in it depends on the day: the search applies the day it runs on.
 */
export const searchDocumentOf = (activity: Pick<Activity, 'id' | 'content' | 'updatedAt'>, organisationName: string): SearchDocument => {
  const { content } = activity;
  return {
    id: activity.id,
    fields: [
      { text: textsOf(content.title), weight: weights.title },
      { text: placeOf(content), weight: weights.place },
      { text: organisationName, weight: weights.organisation },
      { text: `${labelsOf(themes, content.themes)} ${labelsOf(targetGroups, content.targetGroups)}`, weight: weights.vocabulary },
      { text: textsOf(content.description), weight: weights.description },
    ],
    filters: {
      municipality: content.municipality,
      themes: content.themes,
      targetGroups: content.targetGroups,
      languages: content.languages,
      free: content.cost.free,
      accessible: content.accessibility.length > 0,
      accompanimentWelcome: content.accompanimentWelcome,
      weekdays: weeklyWeekdaysOf(content),
    },
    validFrom: content.validFrom ?? null,
    validUntil: content.validUntil ?? null,
    dates: content.schedule.dates.map((slot) => slot.date),
    updatedAt: activity.updatedAt,
  };
};
