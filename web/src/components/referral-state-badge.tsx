import { useTranslation } from 'react-i18next';
import type { ReferralState } from '../lib/referrals';

/** A referral's state in words, styled by how far along it is; the words carry the meaning, not the colour. */
export const ReferralStateBadge = ({ state }: { state: ReferralState }) => {
  const { t } = useTranslation();
  return <span className={`badge referral-state referral-state--${state}`}>{t(`referrals.states.${state}`)}</span>;
};
