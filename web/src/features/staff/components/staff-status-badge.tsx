import { useTranslation } from 'react-i18next';
import type { StaffStatus } from '../api/staff';

/** A person's status in words, on a colour that only helps. */
export const StaffStatusBadge = ({ status }: { status: StaffStatus }) => {
  const { t } = useTranslation();
  return <span className={`badge staff-status--${status}`}>{t(`staff.status.${status}`)}</span>;
};
