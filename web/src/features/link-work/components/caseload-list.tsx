import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useReferralVocabulary, useReferrals } from '../../../lib/referrals';
import { ReferralStateBadge } from '../../../components/referral-state-badge';
import { useLinkWorkLabels } from '../hooks/use-link-work-labels';
import { openFirst } from '../utils/caseload';

/** The referrals assigned to me, open ones first, each linking to its referral page. */
export const CaseloadList = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const labels = useLinkWorkLabels();
  const caseload = useReferrals();
  const closedStates = useReferralVocabulary().data?.closedStates ?? [];
  return (
    <section aria-labelledby="link-work-caseload" className="link-work__section">
      <h2 id="link-work-caseload">{t('linkWork.caseload.title')}</h2>
      {caseload.isPending && <Loading />}
      {caseload.isError && <ErrorAlert error={caseload.error} onRetry={() => void caseload.refetch()} />}
      {caseload.data?.items.length === 0 && <p>{t('linkWork.caseload.empty')}</p>}
      {caseload.data && caseload.data.items.length > 0 && (
        <ul role="list" className="link-work__cards">
          {openFirst(caseload.data.items, closedStates).map((referral) => (
            <li key={referral.id} className="link-work__card">
              <h3>
                <Link to={`/${tenant}/referrals/${referral.id}`}>{referral.clientName ?? t('referrals.list.removed')}</Link>
              </h3>
              <p>
                <ReferralStateBadge state={referral.state} /> {referral.municipality} · {t('linkWork.caseload.updated')} {labels.date(referral.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
