import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableActivity } from '../api/listings';
import type { Vocabularies } from '../../../lib/vocabularies';
import { useListingFormat } from '../../../lib/use-listing-format';
import { useVocabularyLabel } from '../../../lib/use-vocabulary-label';

type Content = EditableActivity['content'];
type Text = { fi: string; sv?: string | undefined; en?: string | undefined } | undefined;

export interface ContentField {
  key: string;
  label: string;
  /** The field as one line of text, in every language it was written in; empty when not given. */
  show: (content: Content) => string;
}

const allLanguages = (text: Text): string => (text ? [text.fi, text.sv && `SV: ${text.sv}`, text.en && `EN: ${text.en}`].filter(Boolean).join(' / ') : '');

/** Every field of a listing as readable text, for the moderator's summary and the before/after of a proposal. */
export const useContentFields = (vocabularies: Vocabularies | undefined): ContentField[] => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const label = useVocabularyLabel(vocabularies);
  return useMemo(() => {
    const labels = (name: 'themes' | 'targetGroups' | 'languages' | 'accessibility', codes: readonly string[]) => codes.map((code) => label(name, code)).join(', ');
    const yesNo = (value: boolean) => (value ? t('catalog.moderation.yes') : t('catalog.moderation.no'));
    const fields: Array<[string, string, (content: Content) => string]> = [
      ['title', t('catalog.editor.title'), (content) => allLanguages(content.title)],
      ['description', t('catalog.editor.description'), (content) => allLanguages(content.description)],
      ['themes', t('catalog.editor.themes'), (content) => labels('themes', content.themes)],
      ['targetGroups', t('catalog.editor.targetGroups'), (content) => labels('targetGroups', content.targetGroups)],
      ['municipality', t('catalog.editor.municipality'), (content) => content.municipality],
      ['location', t('catalog.listing.place'), (content) => [content.location?.name, content.location?.address, content.location?.postalCode, content.location?.city].filter(Boolean).join(', ')],
      [
        'schedule',
        t('catalog.listing.time'),
        (content) =>
          [
            ...content.schedule.weekly.map(format.weeklySlot),
            ...content.schedule.dates.map((slot) => `${format.date(slot.date)} ${format.timeRange(slot.start, slot.end)}`.trim()),
            allLanguages(content.schedule.note),
          ]
            .filter(Boolean)
            .join(', '),
      ],
      ['cost', t('catalog.listing.cost'), (content) => (content.cost.free ? t('catalog.cost.free') : allLanguages(content.cost.description) || t('catalog.cost.paid'))],
      ['languages', t('catalog.editor.languages'), (content) => labels('languages', content.languages)],
      ['accessibility', t('catalog.editor.accessibility'), (content) => labels('accessibility', content.accessibility)],
      ['accompanimentWelcome', t('catalog.editor.accompanimentWelcome'), (content) => yesNo(content.accompanimentWelcome)],
      ['registrationRequired', t('catalog.editor.registrationRequired'), (content) => yesNo(content.registrationRequired)],
      ['registrationInfo', t('catalog.editor.registrationInfo'), (content) => allLanguages(content.registrationInfo)],
      ['contact', t('catalog.editor.sections.contact'), (content) => [content.contact.name, content.contact.phone, content.contact.email, content.contact.website].filter(Boolean).join(', ')],
      [
        'validity',
        t('catalog.listing.validity'),
        (content) => (content.validFrom || content.validUntil ? `${content.validFrom ? format.date(content.validFrom) : ''}–${content.validUntil ? format.date(content.validUntil) : ''}` : ''),
      ],
    ];
    return fields.map(([key, fieldLabel, show]) => ({ key, label: fieldLabel, show }));
  }, [t, format, label]);
};
