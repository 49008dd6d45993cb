import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import type { MyProfile } from '../api/link-work';

/** My open referrals against my capacity, or a pointer to the profile page when I have none yet. */
export const CapacitySummary = ({ tenant, profile }: { tenant: string; profile: MyProfile }) => {
  const { t } = useTranslation();
  if (!profile) {
    return (
      <Notice kind="info">
        <p>{t('linkWork.noProfile.text')}</p>
        <p>
          <Link to={`/${tenant}/link-work/profile`}>{t('linkWork.noProfile.link')}</Link>
        </p>
      </Notice>
    );
  }
  const full = profile.activeCount >= profile.profile.capacity;
  return (
    <section aria-labelledby="link-work-capacity" className="link-work__section link-work__capacity">
      <h2 id="link-work-capacity">{t('linkWork.capacity.title')}</h2>
      <p>
        <meter min={0} max={Math.max(profile.profile.capacity, 1)} value={profile.activeCount} aria-hidden="true" />{' '}
        {t('linkWork.capacity.value', { active: profile.activeCount, capacity: profile.profile.capacity })}
      </p>
      {full && <p className="hint">{t('linkWork.capacity.full')}</p>}
    </section>
  );
};
