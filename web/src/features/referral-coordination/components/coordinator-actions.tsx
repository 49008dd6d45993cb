import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ReferralDetail, useReferralVocabulary } from '../../../lib/referrals';
import { AssignControl } from './assign-control';

/** What a coordinator can do on a referral's page: assign a link worker and open the audit trail. */
export const CoordinatorActions = ({ referral }: { referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const { tenant } = useParams();
  const vocabulary = useReferralVocabulary();
  const open = vocabulary.data !== undefined && !vocabulary.data.closedStates.includes(referral.state);
  if (!referral.relations.includes('coordinator')) return null;
  return (
    <section aria-labelledby="coordinator-actions" className="coordinator-actions">
      <h2 id="coordinator-actions">{t('referralCoordination.actions.title')}</h2>
      {open && <AssignControl referral={referral} label={t('referralCoordination.assign.label')} />}
      <p>
        <Link to={`/${tenant}/coordination/audit/${referral.id}`}>{t('referralCoordination.actions.audit')}</Link>
      </p>
    </section>
  );
};
