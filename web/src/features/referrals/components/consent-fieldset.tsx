import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import type { ReferralFormValues } from '../utils/referral-form';
import { referralFieldIdOf } from '../utils/referral-form-validation';
import type { FieldsProps } from './client-fields';
import { CodeChoices } from './code-choices';

type Scope = ReferralFormValues['consentScopes'][number];

/** The client's consent as a fact of its own: who gave it, when, and to what. Processing the referral is always included. */
export const ConsentFieldset = ({ values, update, errorOf, scopes }: FieldsProps & { scopes: readonly Scope[] }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section fieldset referral-consent">
      <legend className="referral-consent__legend">{t('referrals.form.sections.consent')}</legend>
      <SelectField
        id={referralFieldIdOf('consent.givenBy')}
        label={t('referrals.form.consentGivenBy')}
        value={values.consentGivenBy}
        onChange={(event) => update({ consentGivenBy: event.target.value as ReferralFormValues['consentGivenBy'] })}
        required
      >
        {(['client', 'legal-representative'] as const).map((giver) => (
          <option key={giver} value={giver}>
            {t(`referrals.consentGivers.${giver}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={referralFieldIdOf('consent.givenAt')}
        error={errorOf('consent.givenAt')}
        type="datetime-local"
        label={t('referrals.form.consentGivenAt')}
        value={values.consentGivenAt}
        onChange={(event) => update({ consentGivenAt: event.target.value })}
        required
      />
      <CodeChoices
        id={referralFieldIdOf('consent.scopes')}
        legend={t('referrals.form.consentScopes')}
        hint={t('referrals.form.consentScopesHint')}
        codes={scopes}
        labelOf={(scope) => t(`referrals.consentScopes.${scope}`)}
        value={values.consentScopes}
        locked={['referral-processing']}
        onChange={(consentScopes) => update({ consentScopes })}
        error={errorOf('consent.scopes')}
      />
    </fieldset>
  );
};
