import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { useReturnFromSignOut } from '../../lib/auth/hooks/use-sign-out';
import { TenantPicker } from '../../features/tenants/components/tenant-picker';
import { AppShell } from '../layout/app-shell';
import { SiteHeader } from '../layout/site-header';

/** `/`: what Linkki is, and the counties to choose from. */
export const PickerRoute = () => {
  const { t } = useTranslation();
  useReturnFromSignOut();
  return (
    <AppShell header={<SiteHeader />}>
      <div className="hero">
        <PageHeading documentTitle={[t('picker.chooseHeading')]}>{t('app.name')}</PageHeading>
        <p className="lead">{t('app.tagline')}</p>
      </div>
      <TenantPicker />
    </AppShell>
  );
};
