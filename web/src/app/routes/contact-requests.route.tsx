import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { ContactRequestQueue } from '../../features/catalog/components/contact-requests/contact-request-queue';
import { ForSelectedOrganisation } from '../../features/catalog/components/editor/organisation-picker';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor/contact-requests`: what residents asked the organisation, newest first. */
export const ContactRequestsRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useEditorRoute();
  const localized = useLocalized();
  return (
    <>
      <PageHeading documentTitle={[t('editor.contactRequestsTitle'), localized(tenant.name)]}>{t('editor.contactRequestsTitle')}</PageHeading>
      <ForSelectedOrganisation>{(organisation) => <ContactRequestQueue key={organisation.id} organisation={organisation} />}</ForSelectedOrganisation>
    </>
  );
};
