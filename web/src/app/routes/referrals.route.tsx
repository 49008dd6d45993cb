import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../lib/auth/api/me';
import { ClientSummaryPage } from '../../features/referrals/components/client-summary-sheet';
import { NewReferral } from '../../features/referrals/components/new-referral';
import { ReferralList } from '../../features/referrals/components/referral-list';
import { CoordinatorActions } from '../../features/referral-coordination/components/coordinator-actions';
import { ReferralPage } from '../../features/referrals/components/referral-page';
import { ReferralWorkPanel } from '../../features/link-work/components/referral-work-panel';
import { useTenantRoute } from '../../lib/tenant-route';

/** `/:tenant/referrals`: sent by me (professional), my caseload (link worker) or the whole county (coordinator). */
export const ReferralsRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const roles = useMe(tenant.slug).me.data?.roles ?? [];
  return (
    <>
      <PageHeading documentTitle={[t('referrals.title')]}>{t('referrals.title')}</PageHeading>
      {roles.includes('professional') && (
        <p>
          <Link className="button" to={`/${tenant.slug}/referrals/new`}>
            {t('referrals.new')}
          </Link>
        </p>
      )}
      <ReferralList tenant={tenant.slug} canFilter={roles.includes('coordinator')} />
    </>
  );
};

/** `/:tenant/referrals/new?pathway=…&stage=…`: a new referral, maybe suggesting a pathway stage. */
export const NewReferralRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  return (
    <>
      <p>
        <Link to={`/${tenant.slug}/referrals`}>{t('referrals.back')}</Link>
      </p>
      <PageHeading documentTitle={[t('referrals.newTitle'), t('referrals.title')]}>{t('referrals.newTitle')}</PageHeading>
      <NewReferral tenant={tenant.slug} municipalities={tenant.municipalities} />
    </>
  );
};

/** `/:tenant/referrals/:referralId`: one referral with its timeline and outcome. */
export const ReferralRoute = () => {
  const { tenant } = useTenantRoute();
  const { referralId = '' } = useParams();
  return (
    <ReferralPage
      tenant={tenant.slug}
      id={referralId}
      workPanels={(referral) => (
        <>
          <ReferralWorkPanel referral={referral} />
          <CoordinatorActions referral={referral} />
        </>
      )}
    />
  );
};

/** `/:tenant/referrals/:referralId/summary`: the client's printable summary. */
export const ClientSummaryRoute = () => {
  const { tenant } = useTenantRoute();
  const { referralId = '' } = useParams();
  return <ClientSummaryPage tenant={tenant.slug} id={referralId} />;
};
