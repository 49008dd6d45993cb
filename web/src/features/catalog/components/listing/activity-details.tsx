import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityDetail } from '../../api/activity';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { type ListingFormat, useListingFormat } from '../../../../lib/use-listing-format';
import type { ListingText } from '../../../../lib/listing-format';
import { useVocabularyLabel } from '../../../../lib/use-vocabulary-label';

type Contact = ActivityDetail['content']['contact'];

/** A listing text, marked with the language it is in. */
const Text = ({ text, format }: { text: ListingText | undefined; format: ListingFormat }) => {
  if (!text) return null;
  const picked = format.text(text);
  return <span lang={picked.lang}>{picked.text}</span>;
};

/** Phone, email and website as links a phone or mail program opens. */
export const ContactLinks = ({ contact }: { contact: Contact | null }) => {
  const { t } = useTranslation();
  if (!contact) return null;
  const lines = [
    contact.name && <span key="name">{contact.name}</span>,
    contact.phone && (
      <span key="phone">
        {t('catalog.listing.phone')} <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
      </span>
    ),
    contact.email && (
      <span key="email">
        {t('catalog.listing.email')} <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </span>
    ),
    contact.website && (
      <span key="website">
        <a className="external" href={contact.website} rel="noopener noreferrer">
          {contact.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </a>
      </span>
    ),
  ].filter(Boolean);
  return lines.length > 0 ? <span className="stack">{lines}</span> : null;
};

const Schedule = ({ activity, format }: { activity: ActivityDetail; format: ListingFormat }) => {
  const { t } = useTranslation();
  const { weekly, note } = activity.content.schedule;
  return (
    <span className="stack">
      {weekly.length > 0 && (
        <ul className="plain-list">
          {weekly.map((slot) => (
            <li key={`${slot.weekday}-${slot.start}`}>
              {format.weekdayLong(slot.weekday)} {format.timeRange(slot.start, slot.end)}
            </li>
          ))}
        </ul>
      )}
      {activity.upcomingDates.length > 0 && (
        <>
          <span>{t('catalog.listing.upcomingDates')}</span>
          <ul className="plain-list">
            {activity.upcomingDates.map((slot) => (
              <li key={`${slot.date}-${slot.start ?? ''}`}>
                {format.date(slot.date)} {format.timeRange(slot.start, slot.end)}
              </li>
            ))}
          </ul>
        </>
      )}
      {note && <Text text={note} format={format} />}
      {weekly.length === 0 && activity.upcomingDates.length === 0 && !note && <span>{t('catalog.listing.askOrganiser')}</span>}
    </span>
  );
};

const Place = ({ location, municipality }: { location: ActivityDetail['content']['location']; municipality: string }) => {
  const postal = [location?.postalCode, location?.city].filter(Boolean).join(' ');
  const lines = [location?.name, location?.address, postal || municipality].filter(Boolean);
  return (
    <span className="stack" lang="fi">
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </span>
  );
};

/** Everything a listing says, as a list of labelled details. */
export const ActivityDetails = ({ activity, vocabularies }: { activity: ActivityDetail; vocabularies: Vocabularies }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const label = useVocabularyLabel(vocabularies);
  const { content } = activity;
  const labels = (name: 'themes' | 'targetGroups' | 'languages' | 'accessibility', codes: readonly string[]) => codes.map((code) => label(name, code)).join(', ');
  const validity = [content.validFrom && format.date(content.validFrom), content.validUntil && format.date(content.validUntil)];
  const rows: Array<{ key: string; label: string; value: ReactNode }> = [
    { key: 'time', label: t('catalog.listing.time'), value: <Schedule activity={activity} format={format} /> },
    { key: 'place', label: t('catalog.listing.place'), value: <Place location={content.location} municipality={content.municipality} /> },
    {
      key: 'cost',
      label: t('catalog.listing.cost'),
      value: content.cost.free ? t('catalog.cost.free') : <Text text={content.cost.description} format={format} />,
    },
    { key: 'languages', label: t('catalog.listing.languages'), value: labels('languages', content.languages) },
    {
      key: 'accessibility',
      label: t('catalog.listing.accessibility'),
      value: content.accessibility.length > 0 ? labels('accessibility', content.accessibility) : t('catalog.listing.accessibilityUnknown'),
    },
    {
      key: 'companion',
      label: t('catalog.listing.companion'),
      value: content.accompanimentWelcome ? t('catalog.listing.companionWelcome') : t('catalog.listing.companionAsk'),
    },
    {
      key: 'registration',
      label: t('catalog.listing.registration'),
      value: (
        <span className="stack">
          <span>{content.registrationRequired ? t('catalog.listing.registrationRequired') : t('catalog.listing.registrationNotNeeded')}</span>
          <Text text={content.registrationInfo} format={format} />
        </span>
      ),
    },
    ...(Object.values(content.contact).some(Boolean) ? [{ key: 'contact', label: t('catalog.listing.contact'), value: <ContactLinks contact={content.contact} /> }] : []),
    {
      key: 'organiser',
      label: t('catalog.listing.organiser'),
      value: (
        <span className="stack">
          <Text text={activity.organisation.name} format={format} />
          <ContactLinks contact={activity.organisationContact} />
        </span>
      ),
    },
    { key: 'themes', label: t('catalog.listing.themes'), value: labels('themes', content.themes) },
    { key: 'targetGroups', label: t('catalog.listing.targetGroups'), value: labels('targetGroups', content.targetGroups) },
    ...(content.validFrom || content.validUntil ? [{ key: 'validity', label: t('catalog.listing.validity'), value: `${validity[0] || ''}–${validity[1] || ''}` }] : []),
    { key: 'verified', label: t('catalog.listing.verified'), value: format.date(activity.lastVerifiedAt) },
  ];
  return (
    <dl className="details listing-details">
      {rows.map((row) => (
        <div key={row.key} className="details__row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
};
