import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/ui/notice';

export type SafetyAnswer = 'yes' | 'no' | null;

/**
 * Asked before anything else: a client in acute crisis or clearly needing professional care is
 * not referred to wellbeing activities. "Yes" stops the form and says where to turn instead.
 */
export const SafetyCheck = ({ answer, onAnswer }: { answer: SafetyAnswer; onAnswer: (answer: SafetyAnswer) => void }) => {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="form-section fieldset referral-safety">
        <legend>{t('referrals.form.safety.legend')}</legend>
        <p className="hint" id="referral-safety-hint">
          {t('referrals.form.safety.hint')}
        </p>
        {(['no', 'yes'] as const).map((value) => (
          <label key={value} className="check">
            <input type="radio" name="referral-safety" value={value} checked={answer === value} onChange={() => onAnswer(value)} aria-describedby="referral-safety-hint" />
            <span>{t(`referrals.form.safety.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {answer === 'yes' && (
        <Notice kind="warning">
          <p className="alert__title">{t('referrals.form.safety.stopTitle')}</p>
          <p>{t('referrals.form.safety.stopBody')}</p>
          <ul>
            <li>{t('referrals.form.safety.stopCare')}</li>
            <li>{t('referrals.form.safety.stopCrisisLine')}</li>
            <li>{t('referrals.form.safety.stopEmergency')}</li>
          </ul>
        </Notice>
      )}
    </>
  );
};
