import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import type { ReferralFormValues } from '../utils/referral-form';
import { referralFieldIdOf } from '../utils/referral-form-validation';

export interface FieldsProps {
  values: ReferralFormValues;
  update: (change: Partial<ReferralFormValues>) => void;
  errorOf: (path: string) => string | undefined;
}

/** Who the client is and how to reach them; the municipality decides which link workers see it. */
export const ClientFields = ({ values, update, errorOf, municipalities, languages }: FieldsProps & { municipalities: readonly string[]; languages: readonly ReferralFormValues['language'][] }) => {
  const { t } = useTranslation();
  const field = (path: string) => ({ id: referralFieldIdOf(path), error: errorOf(path) });
  return (
    <section className="form-section" aria-labelledby="referral-client-heading">
      <h2 id="referral-client-heading">{t('referrals.form.sections.client')}</h2>
      <TextField
        {...field('client.name')}
        label={t('referrals.form.name')}
        value={values.name}
        onChange={(event) => update({ name: event.target.value })}
        autoComplete="off"
        maxLength={120}
        required
      />
      <TextField
        {...field('client.birthYear')}
        className="field--short"
        label={t('referrals.form.birthYear')}
        hint={t('referrals.form.birthYearHint')}
        inputMode="numeric"
        value={values.birthYear}
        onChange={(event) => update({ birthYear: event.target.value })}
        maxLength={4}
        required
      />
      <SelectField {...field('client.municipality')} label={t('referrals.form.municipality')} value={values.municipality} onChange={(event) => update({ municipality: event.target.value })} required>
        <option value="">{t('referrals.form.choose')}</option>
        {municipalities.map((municipality) => (
          <option key={municipality} value={municipality}>
            {municipality}
          </option>
        ))}
      </SelectField>
      <TextField {...field('client.phone')} type="tel" label={t('referrals.form.phone')} value={values.phone} onChange={(event) => update({ phone: event.target.value })} autoComplete="off" />
      <TextField {...field('client.email')} type="email" label={t('referrals.form.email')} value={values.email} onChange={(event) => update({ email: event.target.value })} autoComplete="off" />
      <SelectField
        {...field('client.language')}
        label={t('referrals.form.language')}
        hint={t('referrals.form.languageHint')}
        value={values.language}
        onChange={(event) => update({ language: event.target.value as ReferralFormValues['language'] })}
      >
        {languages.map((language) => (
          <option key={language} value={language}>
            {t(`referrals.languages.${language}`)}
          </option>
        ))}
      </SelectField>
      {values.language === 'other' && (
        <TextField
          {...field('client.otherLanguage')}
          label={t('referrals.form.otherLanguage')}
          value={values.otherLanguage}
          onChange={(event) => update({ otherLanguage: event.target.value })}
          maxLength={60}
          required
        />
      )}
    </section>
  );
};
