import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useLinkWorkers } from '../api/coordination';

/** The county's link workers with their areas and load; each opens its training record. */
export const LinkWorkerTable = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const workers = useLinkWorkers();
  if (workers.isPending) return <Loading />;
  if (workers.isError) return <ErrorAlert error={workers.error} onRetry={() => void workers.refetch()} />;
  return (
    <table className="count-table">
      <caption>{t('referralCoordination.home.linkWorkers')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('referralCoordination.home.name')}</th>
          <th scope="col">{t('referralCoordination.home.municipalities')}</th>
          <th scope="col">{t('referralCoordination.home.load')}</th>
        </tr>
      </thead>
      <tbody>
        {workers.data.map((worker) => (
          <tr key={worker.userId}>
            <th scope="row">
              <Link to={`/${tenant}/coordination/link-workers/${worker.userId}`}>{worker.profile.displayName}</Link>
            </th>
            <td>{worker.profile.municipalities.join(', ')}</td>
            <td>{`${worker.activeCount} / ${worker.profile.capacity}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
