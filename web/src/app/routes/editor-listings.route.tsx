import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useMyOrganisations } from '../../features/catalog/api/organisations';
import { OrganisationListings } from '../../features/catalog/components/editor/organisation-listings';
import { OrganisationPicker } from '../../features/catalog/components/editor/organisation-picker';
import { useSelectedOrganisation } from '../../features/catalog/hooks/use-selected-organisation';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor`: the listings of the organisation chosen (of those the user maintains). */
export const EditorListingsRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  const organisations = useMyOrganisations();
  const { organisations: sorted, selected, select } = useSelectedOrganisation(organisations.data);
  return (
    <>
      <PageHeading documentTitle={[t('editor.title'), localized(tenant.name)]}>{t('editor.title')}</PageHeading>
      {organisations.isPending && <Loading />}
      {organisations.isError && <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />}
      {organisations.isSuccess && !selected && <p>{t('editor.noOrganisations')}</p>}
      {selected && (
        <>
          <OrganisationPicker organisations={sorted} selected={selected} onSelect={select} />
          <OrganisationListings key={selected.id} tenant={tenant.slug} organisation={selected} isCoordinator={isCoordinator} />
        </>
      )}
    </>
  );
};
