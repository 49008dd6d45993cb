import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { RegisterPrompt } from '../../features/associations/components/register-prompt';
import { useVocabularies } from '../../lib/vocabularies';
import { ActivitySearch } from '../../features/catalog/components/search/activity-search';
import { useLocalized } from '../../i18n';
import { useTenantRoute } from '../../lib/tenant-route';

/** `/:tenant/activities`: the resident's search of the county's activities. */
export const ActivitiesRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const localized = useLocalized();
  const vocabularies = useVocabularies();
  return (
    <>
      <PageHeading documentTitle={[t('catalog.search.title'), localized(tenant.name)]}>{t('catalog.search.title')}</PageHeading>
      <div className="search-area">
        {vocabularies.isPending && <Loading />}
        {vocabularies.isError && <ErrorAlert error={vocabularies.error} onRetry={() => void vocabularies.refetch()} />}
        {vocabularies.data && <ActivitySearch tenant={tenant} vocabularies={vocabularies.data} />}
      </div>
      <RegisterPrompt tenant={tenant.slug} />
    </>
  );
};
