import { useTranslation } from 'react-i18next';
import { Badges } from '../../../../components/ui/badges';
import type { ActivityDetail } from '../../api/activity';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { ActivityDetails } from './activity-details';
import { ContactRequestForm } from './contact-request-form';
import { ListingActions } from './listing-actions';

interface ActivityListingProps {
  activity: ActivityDetail;
  vocabularies: Vocabularies;
  retentionDays: number | undefined;
}

/** A listing's page below its heading: who runs it, the details, print and share, and the contact request form. */
export const ActivityListing = ({ activity, vocabularies, retentionDays }: ActivityListingProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const organiser = format.text(activity.organisation.name);
  const title = format.text(activity.title);
  const description = format.text(activity.content.description);
  const badges = [
    ...(activity.free ? [t('catalog.cost.free')] : []),
    ...(activity.accompanimentWelcome ? [t('catalog.badges.accompanimentWelcome')] : []),
    ...(activity.accessible ? [t('catalog.badges.accessible')] : []),
  ];
  return (
    <div className="listing">
      <p className="listing__organiser">
        <span lang={organiser.lang}>{organiser.text}</span> · <span lang="fi">{activity.municipality}</span>
      </p>
      <Badges badges={badges} />
      <ListingActions title={title.text} />
      <p className="print-only print-url">
        {t('catalog.listing.printAddress')} {window.location.href}
      </p>
      <div className="listing__layout">
        <div className="listing__main">
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t('catalog.listing.descriptionHeading')}</h2>
            <div className="listing__description" lang={description.lang}>
              {description.text.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </section>
          <section className="section" aria-labelledby="details-heading">
            <h2 id="details-heading">{t('catalog.listing.detailsHeading')}</h2>
            <ActivityDetails activity={activity} vocabularies={vocabularies} />
          </section>
        </div>
        <section className="listing__contact no-print" aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('catalog.contact.heading')}</h2>
          <ContactRequestForm activityId={activity.id} organiser={organiser.text} retentionDays={retentionDays} />
        </section>
      </div>
    </div>
  );
};
