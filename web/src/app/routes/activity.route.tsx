import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useActivity } from '../../features/catalog/api/activity';
import { useVocabularies } from '../../lib/vocabularies';
import { ActivityListing } from '../../features/catalog/components/listing/activity-listing';
import { useBackToSearchPath } from '../../features/catalog/hooks/use-back-to-search';
import { useListingFormat } from '../../lib/use-listing-format';
import { useLocalized } from '../../i18n';
import { apiErrorCode } from '../../lib/trpc';
import { useTenantRoute } from '../../lib/tenant-route';

/** `/:tenant/activities/:activityId`: one listing, to read, print, share and contact the organiser. */
export const ActivityRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const { activityId = '' } = useParams();
  const localized = useLocalized();
  const format = useListingFormat();
  const activity = useActivity(activityId);
  const vocabularies = useVocabularies();
  const backPath = useBackToSearchPath(tenant.slug);
  const back = (
    <p className="back-link no-print">
      <Link to={backPath}>{t('catalog.listing.back')}</Link>
    </p>
  );
  if (activity.isError && apiErrorCode(activity.error) === 'NOT_FOUND') {
    return (
      <>
        {back}
        <PageHeading documentTitle={[t('catalog.listing.notFoundTitle'), localized(tenant.name)]}>{t('catalog.listing.notFoundTitle')}</PageHeading>
        <p>{t('catalog.listing.notFoundBody')}</p>
      </>
    );
  }
  const error = activity.error ?? vocabularies.error;
  if (error) return <ErrorAlert error={error} onRetry={() => void Promise.all([activity.refetch(), vocabularies.refetch()])} />;
  if (!activity.data || !vocabularies.data) return <Loading />;
  const title = format.text(activity.data.title);
  return (
    <>
      {back}
      <PageHeading documentTitle={[title.text, localized(tenant.name)]}>
        <span lang={title.lang}>{title.text}</span>
      </PageHeading>
      <ActivityListing activity={activity.data} vocabularies={vocabularies.data} retentionDays={activity.data.contactRequestRetentionDays} />
    </>
  );
};
