import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../../../lib/referrals';
import { Fact } from './referral-facts';

type Measures = ReferralDetail['measures'];
const phases = ['start', 'end'] as const;

/**
 * SWEMWBS with its scores at start and end; participation only as recorded or not, because THL
 * advises against judging one client by it.
 */
export const ReferralMeasures = ({ measures }: { measures: Measures }) => {
  const { t } = useTranslation();
  const phaseLabel = (phase: (typeof phases)[number]) => t(phase === 'start' ? 'referrals.detail.phaseStart' : 'referrals.detail.phaseEnd');
  return (
    <section aria-labelledby="referral-measures" className="referral-section">
      <h2 id="referral-measures">{t('referrals.detail.measures')}</h2>
      <h3>{t('referrals.detail.swemwbs')}</h3>
      <dl className="referral-facts">
        {phases.map((phase) => {
          const score = measures.swemwbs[phase];
          return (
            <Fact key={phase} term={phaseLabel(phase)}>
              {score ? t('referrals.detail.swemwbsValue', { raw: score.raw, metric: score.metric }) : t('referrals.detail.notRecorded')}
            </Fact>
          );
        })}
      </dl>
      <h3>{t('referrals.detail.participation')}</h3>
      <p className="hint">{t('referrals.detail.participationNote')}</p>
      <dl className="referral-facts">
        {phases.map((phase) => (
          <Fact key={phase} term={phaseLabel(phase)}>
            {measures.participation[phase] ? t('referrals.detail.recorded') : t('referrals.detail.notRecorded')}
          </Fact>
        ))}
      </dl>
    </section>
  );
};
