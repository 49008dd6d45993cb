import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useMyOrganisations } from '../../features/catalog/api/organisations';
import { ContactRequestQueue } from '../../features/catalog/components/contact-requests/contact-request-queue';
import { OrganisationPicker } from '../../features/catalog/components/editor/organisation-picker';
import { useSelectedOrganisation } from '../../features/catalog/hooks/use-selected-organisation';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor/contact-requests`: what residents asked the organisation, newest first. */
export const ContactRequestsRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useEditorRoute();
  const localized = useLocalized();
  const organisations = useMyOrganisations();
  const { organisations: sorted, selected, select } = useSelectedOrganisation(organisations.data);
  return (
    <>
      <PageHeading documentTitle={[t('editor.contactRequestsTitle'), localized(tenant.name)]}>{t('editor.contactRequestsTitle')}</PageHeading>
      {organisations.isPending && <Loading />}
      {organisations.isError && <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />}
      {organisations.isSuccess && !selected && <p>{t('editor.noOrganisations')}</p>}
      {selected && (
        <>
          <OrganisationPicker organisations={sorted} selected={selected} onSelect={select} />
          <ContactRequestQueue key={selected.id} organisation={selected} />
        </>
      )}
    </>
  );
};
