import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { type ReferralDetail, useReferral } from '../../../lib/referrals';
import type { CreatedState } from './new-referral';
import { ConsentFacts, ReferralFacts } from './referral-facts';
import { ReferralMeasures } from './referral-measures';
import { ReferralOutcome } from './referral-outcome';
import { ReferralStateBadge } from '../../../components/referral-state-badge';
import { ReferralContacts, ReferralTimeline } from './referral-timeline';

const isCreatedState = (state: unknown): state is CreatedState => typeof state === 'object' && state !== null && 'created' in state;

/**
 * One referral: what it is about, how it got where it is and, closing the loop, what came of it;
 * then the work on it (the link worker's and coordinator's panels, which the route composes in)
 * and the recorded details.
 */
export const ReferralPage = ({ tenant, id, workPanels }: { tenant: string; id: string; workPanels: (referral: ReferralDetail) => ReactNode }) => {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const referral = useReferral(id);
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <ErrorAlert error={referral.error} onRetry={() => void referral.refetch()} />;
  const { data } = referral;
  const title = data.clientName ?? t('referrals.list.removed');
  // The referrer and the assigned link worker see the measures beside their forms in the work panel.
  const fillsMeasures = data.relations.includes('referrer') || data.relations.includes('assignedLinkWorker');
  return (
    <div className="referral-page">
      <p className="no-print">
        <Link to={`/${tenant}/referrals`}>{t('referrals.back')}</Link>
      </p>
      <PageHeading documentTitle={[title, t('referrals.title')]}>{title}</PageHeading>
      {isCreatedState(state) && <Notice kind="info">{t(`referrals.created.${state.created}`)}</Notice>}
      {data.personalDataRemoved && <Notice kind="info">{t('referrals.detail.removed')}</Notice>}
      <p className="referral-page__state">
        {t('referrals.detail.state')}: <ReferralStateBadge state={data.state} />
      </p>
      {!data.personalDataRemoved && (
        <p>
          <Link className="button button--secondary" to={`/${tenant}/referrals/${data.id}/summary`}>
            {t('referrals.detail.print')}
          </Link>
        </p>
      )}
      <ReferralFacts tenant={tenant} referral={data} />
      <ReferralTimeline history={data.history} />
      <ReferralOutcome tenant={tenant} referral={data} />
      {workPanels(data)}
      <ReferralContacts contacts={data.contacts} />
      {!fillsMeasures && <ReferralMeasures measures={data.measures} />}
      <ConsentFacts consent={data.consent} />
    </div>
  );
};
