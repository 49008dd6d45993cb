import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '../../api/listings';

/** A listing's moderation status as a coloured badge with its name in words. */
export const StatusBadge = ({ status }: { status: ListingStatus }) => {
  const { t } = useTranslation();
  return <span className={`status status--${status}`}>{t(`catalog.status.${status}`)}</span>;
};
