import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The registration was received: the applicant opens the link in their email next. Takes the focus, so it is heard at once. */
export const RegistrationReceived = ({ email, hours }: { email: string; hours: number }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="alert alert--success association-outcome" role="status">
      <div className="alert__body">
        <h2 ref={ref} tabIndex={-1}>
          {t('associations.register.received.title')}
        </h2>
        <p>{t('associations.register.received.body', { email })}</p>
        <p>{t('associations.register.received.verify', { count: hours })}</p>
        <p>{t('associations.register.received.spam')}</p>
      </div>
    </div>
  );
};
