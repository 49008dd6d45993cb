import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { OrganisationListings } from '../../features/catalog/components/editor/organisation-listings';
import { ForSelectedOrganisation } from '../../features/catalog/components/editor/organisation-picker';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor`: the listings of the organisation chosen (of those the user maintains). */
export const EditorListingsRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  return (
    <>
      <PageHeading documentTitle={[t('editor.title'), localized(tenant.name)]}>{t('editor.title')}</PageHeading>
      <ForSelectedOrganisation>
        {(organisation) => <OrganisationListings key={organisation.id} tenant={tenant.slug} organisation={organisation} isCoordinator={isCoordinator} />}
      </ForSelectedOrganisation>
    </>
  );
};
