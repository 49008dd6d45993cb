import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { apiErrorCode } from '../../../lib/trpc';
import { useRegistration } from '../api/associations';
import { queuePath } from '../utils/association-paths';
import { RegistrationDecision } from './registration-decision';
import { RegistrationDetails } from './registration-details';

interface RegistrationPageProps {
  tenant: string;
  /** The county's name, for the document title. */
  tenantName: string;
  registrationId: string;
}

/** `/:tenant/associations/:id`: one registration, the organisations it may duplicate, and the decision (coordinators). */
export const RegistrationPage = ({ tenant, tenantName, registrationId }: RegistrationPageProps) => {
  const { t } = useTranslation();
  const registration = useRegistration(registrationId);
  const data = registration.data;
  const title = data?.registration.name.fi ?? t('associations.detail.details');
  const reload = () => void registration.refetch();
  return (
    <>
      <p className="back-link">
        <Link to={queuePath(tenant, data?.registration.status)}>{t('associations.detail.back')}</Link>
      </p>
      <PageHeading documentTitle={[title, t('associations.queue.title'), tenantName]}>
        <span lang={data ? 'fi' : undefined}>{title}</span>
      </PageHeading>
      {registration.isPending && <Loading />}
      {registration.isError && (apiErrorCode(registration.error) === 'NOT_FOUND' ? <p>{t('associations.detail.notFound')}</p> : <ErrorAlert error={registration.error} onRetry={reload} />)}
      {data && (
        <>
          <RegistrationDetails tenant={tenant} registration={data.registration} />
          <RegistrationDecision tenant={tenant} registration={data.registration} matches={data.matches} onReload={reload} />
        </>
      )}
    </>
  );
};
