import { useTranslation } from 'react-i18next';
import type { RegistrationStatus } from '../api/associations';

/** A registration's status in words, on a colour that only helps. */
export const RegistrationStatusBadge = ({ status }: { status: RegistrationStatus }) => {
  const { t } = useTranslation();
  return <span className={`badge registration-status--${status}`}>{t(`associations.status.${status}`)}</span>;
};
