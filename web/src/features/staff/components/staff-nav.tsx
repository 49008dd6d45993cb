import { useTranslation } from 'react-i18next';
import { SubNav } from '../../../components/ui/sub-nav';

/** The staff pages, below the county's header. */
export const StaffNav = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const base = `/${tenant}/staff`;
  const pages = [
    { to: base, label: t('staff.people'), end: true },
    { to: `${base}/audit`, label: t('staff.audit.title') },
  ];
  return <SubNav label={t('staff.pages')} pages={pages} />;
};
