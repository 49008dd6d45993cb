import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { LoadMore } from '../../../components/ui/paged-list';
import { useLanguage } from '../../../i18n';
import { type AssociationRegistration, type RegistrationStatus, registrationStatuses, useRegistrationQueue } from '../api/associations';
import { useQueueStatus } from '../hooks/use-queue-status';
import { queuePath, registrationPath } from '../utils/association-paths';

/** The statuses as links that keep the choice in the address; the one shown is the current page. */
const StatusNav = ({ tenant, current }: { tenant: string; current: RegistrationStatus }) => {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('associations.queue.statusNav')} className="sub-nav">
      <ul role="list">
        {registrationStatuses.map((status) => (
          <li key={status}>
            <Link to={queuePath(tenant, status)} aria-current={status === current ? 'page' : undefined}>
              {t(`associations.queue.tabs.${status}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

/** The registrations in one status, read page by page; each name opens the registration. */
const RegistrationTable = ({ tenant, status }: { tenant: string; status: RegistrationStatus }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { query, registrations } = useRegistrationQueue(status);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'short' });
  const columns = [
    {
      key: 'name',
      header: t('associations.queue.columns.name'),
      cell: (registration: AssociationRegistration) => (
        <Link to={registrationPath(tenant, registration.id)} lang="fi">
          {registration.name.fi}
        </Link>
      ),
    },
    { key: 'businessId', header: t('associations.queue.columns.businessId'), cell: (registration: AssociationRegistration) => <span className="nowrap">{registration.businessId}</span> },
    { key: 'municipality', header: t('associations.queue.columns.municipality'), cell: (registration: AssociationRegistration) => <span lang="fi">{registration.municipality}</span> },
    { key: 'submitted', header: t('associations.queue.columns.submitted'), cell: (registration: AssociationRegistration) => date.format(new Date(registration.submittedAt)) },
  ];
  const empty = query.isSuccess && registrations.length === 0;
  return (
    <>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <div role="status">{empty && <p>{t(`associations.queue.empty.${status}`)}</p>}</div>
      {registrations.length > 0 && (
        <div className="association-table">
          <DataTable id="association-registrations" caption={t(`associations.queue.caption.${status}`)} columns={columns} rows={registrations} rowKey={(registration) => registration.id} />
        </div>
      )}
      <LoadMore query={query} />
    </>
  );
};

/** `/:tenant/associations`: the associations' registrations by status (coordinators). */
export const QueuePage = ({ tenant, tenantName }: { tenant: string; tenantName: string }) => {
  const { t } = useTranslation();
  const status = useQueueStatus();
  const title = t('associations.queue.title');
  return (
    <>
      <PageHeading documentTitle={[title, tenantName]}>{title}</PageHeading>
      <p>{t('associations.queue.intro')}</p>
      <StatusNav tenant={tenant} current={status} />
      <RegistrationTable tenant={tenant} status={status} />
    </>
  );
};
