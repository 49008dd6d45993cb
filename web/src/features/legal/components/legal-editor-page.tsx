import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLocalized } from '../../../i18n';
import type { Tenant } from '../../../lib/tenants';
import { privacyRegisters, useAccessibilityStatement } from '../api/legal';
import { ContactForm, NoticeForm, StatementForm } from './legal-editor-forms';

/** `/:tenant/legal/edit`: the coordinator edits the contact details, the statement and each privacy notice, each saved on its own. */
export const LegalEditorPage = ({ tenant }: { tenant: Tenant }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const statement = useAccessibilityStatement();
  const heading = t('legal.editor.title');
  return (
    <>
      <PageHeading documentTitle={[heading, localized(tenant.name)]}>{heading}</PageHeading>
      <p>{t('legal.editor.intro')}</p>
      {statement.isPending && <Loading />}
      {statement.isError && <ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />}
      {statement.data && (
        <>
          <ContactForm initial={statement.data.contact} version={statement.data.contactVersion} />
          <StatementForm initial={statement.data.statement} version={statement.data.version} fromTemplate={statement.data.fromTemplate} />
          {privacyRegisters.map((register) => (
            <NoticeForm key={register} register={register} />
          ))}
        </>
      )}
    </>
  );
};
