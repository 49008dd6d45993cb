import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { useRequestedReferrals } from '../api/coordination';
import { AssignControl } from './assign-control';

/** Requested referrals no link worker has yet, each with its own assign control. */
export const UnassignedReferrals = ({ tenant }: { tenant: string }) => {
  const { t, i18n } = useTranslation();
  const referrals = useRequestedReferrals();
  // An assigned referral leaves this list together with its own control, so the confirmation lives here.
  const [assigned, setAssigned] = useState(false);
  const waiting = (referrals.data?.items ?? []).filter((item) => item.assignedLinkWorkerId === null);
  return (
    <section aria-labelledby="coordination-unassigned">
      <h2 id="coordination-unassigned">{t('referralCoordination.home.unassigned')}</h2>
      {assigned && <Notice kind="info">{t('referralCoordination.assign.done')}</Notice>}
      {referrals.isPending && <Loading />}
      {referrals.isError && <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />}
      {referrals.isSuccess && waiting.length === 0 && <p>{t('referralCoordination.home.noneWaiting')}</p>}
      <ul className="coordination-list">
        {waiting.map((item) => (
          <li key={item.id}>
            <h3>
              <Link to={`/${tenant}/referrals/${item.id}`}>{item.clientName ?? t('referralCoordination.home.removedName')}</Link>
            </h3>
            <p>{t('referralCoordination.home.facts', { municipality: item.municipality, date: new Date(item.requestedAt ?? item.createdAt).toLocaleDateString(i18n.language) })}</p>
            <AssignControl referral={item} label={t('referralCoordination.assign.labelFor', { name: item.clientName ?? item.municipality })} onAssigned={() => setAssigned(true)} />
          </li>
        ))}
      </ul>
    </section>
  );
};
