import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useAuditTrail } from '../api/coordination';

const columns = ['when', 'who', 'role', 'action', 'detail', 'reason'] as const;

/** `/:tenant/coordination/audit/:referralId`: who read or changed the referral, oldest first. */
export const AuditPage = () => {
  const { t, i18n } = useTranslation();
  const { tenant = '', referralId = '' } = useParams();
  const { query, items } = useAuditTrail(referralId);
  const title = t('referralCoordination.audit.title');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <p>
        <Link to={`/${tenant}/referrals/${referralId}`}>{t('referralCoordination.audit.back')}</Link>
      </p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <table className="count-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`referralCoordination.audit.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((record, index) => (
              <tr key={`${record.at}-${index}`}>
                <td>{new Date(record.at).toLocaleString(i18n.language)}</td>
                <td>{record.userId}</td>
                <td>{t(`roles.${record.role}`, { defaultValue: record.role })}</td>
                <td>{t(`referralCoordination.audit.actions.${record.action}`)}</td>
                <td>{record.detail ?? ''}</td>
                <td>{record.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {query.hasNextPage && (
        <button type="button" className="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('referralCoordination.audit.more')}
        </button>
      )}
    </>
  );
};
