import { useTranslation } from 'react-i18next';
import { SentConfirmation } from '../../../components/ui/sent-confirmation';

/** The registration was received: the applicant opens the link in their email next. Takes the focus, so it is heard at once. */
export const RegistrationReceived = ({ email, hours }: { email: string; hours: number }) => {
  const { t } = useTranslation();
  return (
    <SentConfirmation title={t('associations.register.received.title')} level={2} className="association-outcome">
      <p>{t('associations.register.received.body', { email })}</p>
      <p>{t('associations.register.received.verify', { count: hours })}</p>
      <p>{t('associations.register.received.spam')}</p>
    </SentConfirmation>
  );
};
