import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useEditableActivity } from '../../features/catalog/api/listings';
import { useMyOrganisations } from '../../features/catalog/api/organisations';
import { useVocabularies } from '../../lib/vocabularies';
import { EditActivityEditor, NewActivityEditor } from '../../features/catalog/components/editor/activity-editor';
import { ListingStatusNotice } from '../../features/catalog/components/editor/listing-status-notice';
import { useListingFormat } from '../../lib/use-listing-format';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

const BackToListings = ({ tenant, organisationId }: { tenant: string; organisationId?: string | undefined }) => {
  const { t } = useTranslation();
  const query = organisationId ? `?organisation=${encodeURIComponent(organisationId)}` : '';
  return (
    <p className="back-link">
      <Link to={`/${tenant}/editor${query}`}>{t('editor.backToListings')}</Link>
    </p>
  );
};

/** `/:tenant/editor/activities/new?organisation=…`: a new listing. */
export const NewActivityRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  const [params] = useSearchParams();
  const organisations = useMyOrganisations();
  const vocabularies = useVocabularies();
  const error = organisations.error ?? vocabularies.error;
  const organisationId = params.get('organisation') ?? organisations.data?.[0]?.id;
  return (
    <>
      <BackToListings tenant={tenant.slug} organisationId={organisationId} />
      <PageHeading documentTitle={[t('editor.newTitle'), localized(tenant.name)]}>{t('editor.newTitle')}</PageHeading>
      {error && <ErrorAlert error={error} />}
      {!error && (!organisations.data || !vocabularies.data) && <Loading />}
      {organisations.data && vocabularies.data && organisationId && (
        <NewActivityEditor tenant={tenant} vocabularies={vocabularies.data} isCoordinator={isCoordinator} organisations={organisations.data} organisationId={organisationId} />
      )}
      {organisations.data && !organisationId && <p>{t('editor.noOrganisations')}</p>}
    </>
  );
};

/** `/:tenant/editor/activities/:activityId`: edit a listing. */
export const EditActivityRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const { activityId = '' } = useParams();
  const localized = useLocalized();
  const format = useListingFormat();
  const activity = useEditableActivity(activityId);
  const vocabularies = useVocabularies();
  const error = activity.error ?? vocabularies.error;
  const title = activity.data ? format.text(activity.data.content.title) : null;
  const reload = async () => (await activity.refetch()).data;
  return (
    <>
      <BackToListings tenant={tenant.slug} organisationId={activity.data?.content.organisationId} />
      <PageHeading documentTitle={[title?.text ?? t('editor.editTitle'), localized(tenant.name)]}>{title ? t('editor.editTitleOf', { title: title.text }) : t('editor.editTitle')}</PageHeading>
      {error && <ErrorAlert error={error} onRetry={() => void Promise.all([activity.refetch(), vocabularies.refetch()])} />}
      {!error && (!activity.data || !vocabularies.data) && <Loading />}
      {activity.data && vocabularies.data && (
        <>
          <ListingStatusNotice activity={activity.data} isCoordinator={isCoordinator} />
          <EditActivityEditor tenant={tenant} vocabularies={vocabularies.data} isCoordinator={isCoordinator} activity={activity.data} reload={reload} />
        </>
      )}
    </>
  );
};
