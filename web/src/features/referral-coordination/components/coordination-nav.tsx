import { useTranslation } from 'react-i18next';
import { SubNav } from '../../../components/ui/sub-nav';

/** The coordinator's referral pages, below the county's header. */
export const CoordinationNav = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const base = `/${tenant}/coordination`;
  const pages = [
    { to: base, label: t('referralCoordination.home.overview'), end: true },
    { to: `${base}/reports`, label: t('referralCoordination.reports.title') },
    { to: `${base}/settings`, label: t('referralCoordination.settings.title') },
    { to: `${base}/access-log`, label: t('referralCoordination.accessLog.nav') },
  ];
  return <SubNav label={t('referralCoordination.home.pages')} pages={pages} />;
};
