import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useMyOrganisations } from '../../features/catalog/api/organisations';
import { useVocabularies } from '../../lib/vocabularies';
import { ForSelectedOrganisation } from '../../features/catalog/components/editor/organisation-picker';
import { EditOrganisationEditor } from '../../features/catalog/components/organisations/organisation-editor';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor/our-organisation`: an organisation's editors keep its names, description and contact current. */
export const OurOrganisationRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  const vocabularies = useVocabularies();
  const organisations = useMyOrganisations();
  const reload = (id: string) => async () => (await organisations.refetch()).data?.find((candidate) => candidate.id === id);
  return (
    <>
      <PageHeading documentTitle={[t('organisations.ours.title'), localized(tenant.name)]}>{t('organisations.ours.title')}</PageHeading>
      <p>{t('organisations.ours.intro')}</p>
      {vocabularies.isPending && <Loading />}
      {vocabularies.isError && <ErrorAlert error={vocabularies.error} onRetry={() => void vocabularies.refetch()} />}
      {vocabularies.data && (
        <ForSelectedOrganisation>
          {(organisation) => (
            <EditOrganisationEditor key={organisation.id} organisation={organisation} restricted={!isCoordinator} reload={reload(organisation.id)} tenant={tenant} vocabularies={vocabularies.data} />
          )}
        </ForSelectedOrganisation>
      )}
    </>
  );
};
