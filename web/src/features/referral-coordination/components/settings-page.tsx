import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ContactRetentionSection } from './contact-retention-section';
import { ReferralConfigSection } from './referral-config-section';

/** `/:tenant/coordination/settings`: what the county's coordinators decide for referrals and contact requests. */
export const SettingsPage = () => {
  const { t } = useTranslation();
  const title = t('referralCoordination.settings.title');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <ReferralConfigSection />
      <ContactRetentionSection />
    </>
  );
};
