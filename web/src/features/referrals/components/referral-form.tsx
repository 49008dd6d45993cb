import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ErrorSummary, type FormError, SelectField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { MutationError } from '../../../components/ui/mutation-error';
import { useLocalized } from '../../../i18n';
import { inputIssuesOf } from '../../../lib/trpc';
import type { ReferralConfig, ReferralVocabulary } from '../../../lib/referrals';
import type { ReferralFormValues } from '../utils/referral-form';
import { referralFieldIdOf, validateReferralForm } from '../utils/referral-form-validation';
import { ActivityPicker } from './activity-picker';
import { ClientFields } from './client-fields';
import { CodeChoices } from './code-choices';
import { ConsentFieldset } from './consent-fieldset';

interface ReferralFormProps {
  initial: ReferralFormValues;
  config: ReferralConfig;
  vocabulary: ReferralVocabulary;
  municipalities: readonly string[];
  saving: boolean;
  error: unknown;
  onSave: (values: ReferralFormValues, submit: boolean) => void;
}

type FieldKey =
  | 'type'
  | 'unit'
  | 'name'
  | 'birthYear'
  | 'municipality'
  | 'phone'
  | 'email'
  | 'language'
  | 'otherLanguage'
  | 'needs'
  | 'needsOther'
  | 'activities'
  | 'note'
  | 'consentGivenBy'
  | 'consentGivenAt'
  | 'consentScopes';

const fieldKeys: Record<string, FieldKey> = {
  typeId: 'type',
  unitId: 'unit',
  needs: 'needs',
  needsOther: 'needsOther',
  suggestedActivityIds: 'activities',
  'client.name': 'name',
  'client.birthYear': 'birthYear',
  'client.municipality': 'municipality',
  'client.phone': 'phone',
  'client.email': 'email',
  'client.language': 'language',
  'client.otherLanguage': 'otherLanguage',
  'consent.givenBy': 'consentGivenBy',
  'consent.givenAt': 'consentGivenAt',
  'consent.scopes': 'consentScopes',
};

/** Where a form value goes in the API input, where the names differ. */
const formPaths: Partial<Record<keyof ReferralFormValues, string>> = {
  name: 'client.name',
  birthYear: 'client.birthYear',
  municipality: 'client.municipality',
  phone: 'client.phone',
  email: 'client.email',
  language: 'client.language',
  otherLanguage: 'client.otherLanguage',
  consentGivenAt: 'consent.givenAt',
};

/** The field an API path names (`client.name`, `needs.2`), for the error summary. */
const fieldKeyOf = (path: string): FieldKey => fieldKeys[path.replace(/\.\d+$/, '')] ?? 'note';

/** Problems found before sending, or else the API's objections, each linked to its field. */
const useFormErrors = (problems: FormError[], error: unknown): FormError[] => {
  const { t } = useTranslation();
  if (problems.length > 0) return problems;
  return inputIssuesOf(error).map((issue) => ({
    id: referralFieldIdOf(issue.path),
    message: t('referrals.form.errors.fromApi', { detail: issue.message }),
    field: t(`referrals.form.${fieldKeyOf(issue.path)}`),
  }));
};

/** The referral itself; checked before sending, the API's objections appear at their fields. */
export const ReferralForm = ({ initial, config, vocabulary, municipalities, saving, error, onSave }: ReferralFormProps) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const update = (change: Partial<ReferralFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    // A field the professional has changed no longer shows its old error; the rest stay until the next try.
    const touched = Object.keys(change).map((key) => referralFieldIdOf(formPaths[key as keyof ReferralFormValues] ?? key));
    setProblems((current) => current.filter((problem) => !touched.includes(problem.id)));
  };
  const errors = useFormErrors(problems, error);
  const errorOf = (path: string) => errors.find((candidate) => candidate.id === referralFieldIdOf(path))?.message;
  const types = config.types.filter((type) => type.active);
  const units = types.find((type) => type.id === values.typeId)?.units.filter((unit) => unit.active) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const send = !(submitter instanceof HTMLButtonElement && submitter.value === 'draft');
    const found = validateReferralForm(values, new Date()).map((problem) => ({
      id: referralFieldIdOf(problem.path),
      message: t(`referrals.form.errors.${problem.problem}`),
      field: t(`referrals.form.${fieldKeyOf(problem.path)}`),
    }));
    setProblems(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) onSave(values, send);
  };

  return (
    <form className="form referral-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {inputIssuesOf(error).length === 0 && error ? <MutationError error={error} /> : null}
      <section className="form-section" aria-labelledby="referral-basics-heading">
        <h2 id="referral-basics-heading">{t('referrals.form.sections.basics')}</h2>
        <SelectField
          id={referralFieldIdOf('typeId')}
          error={errorOf('typeId')}
          label={t('referrals.form.type')}
          value={values.typeId}
          onChange={(event) => update({ typeId: event.target.value, unitId: '' })}
          required
        >
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {localized(type.name)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={referralFieldIdOf('unitId')}
          error={errorOf('unitId')}
          label={t('referrals.form.unit')}
          value={values.unitId}
          onChange={(event) => update({ unitId: event.target.value })}
          required
        >
          <option value="">{t('referrals.form.choose')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {localized(unit.name)}
            </option>
          ))}
        </SelectField>
      </section>
      <ClientFields values={values} update={update} errorOf={errorOf} municipalities={municipalities} languages={vocabulary.clientLanguages} />
      <section className="form-section" aria-labelledby="referral-needs-heading">
        <h2 id="referral-needs-heading">{t('referrals.form.sections.needs')}</h2>
        <CodeChoices
          id={referralFieldIdOf('needs')}
          legend={t('referrals.form.needs')}
          codes={vocabulary.needs}
          labelOf={(need) => t(`referrals.needs.${need}`)}
          value={values.needs}
          onChange={(needs) => update({ needs })}
          error={errorOf('needs')}
        />
        {values.needs.includes('other') && (
          <TextField
            id={referralFieldIdOf('needsOther')}
            error={errorOf('needsOther')}
            label={t('referrals.form.needsOther')}
            value={values.needsOther}
            onChange={(event) => update({ needsOther: event.target.value })}
            maxLength={200}
            required
          />
        )}
        <ActivityPicker value={values.activities} onChange={(activities) => update({ activities })} />
        <CheckboxField
          id={referralFieldIdOf('linkWorkerWanted')}
          label={t('referrals.form.linkWorkerWanted')}
          hint={t('referrals.form.linkWorkerWantedHint')}
          checked={values.linkWorkerWanted}
          onChange={(event) => update({ linkWorkerWanted: event.target.checked })}
        />
        <TextAreaField
          id={referralFieldIdOf('note')}
          error={errorOf('note')}
          label={t('referrals.form.note')}
          hint={t('referrals.form.noteHint')}
          value={values.note}
          onChange={(event) => update({ note: event.target.value })}
          maxLength={1000}
          rows={3}
        />
      </section>
      <ConsentFieldset values={values} update={update} errorOf={errorOf} scopes={vocabulary.consentScopes} />
      <div className="form-actions">
        <button type="submit" className="button" value="send" disabled={saving}>
          {t('referrals.form.send')}
        </button>
        <button type="submit" className="button button--secondary" value="draft" disabled={saving}>
          {t('referrals.form.saveDraft')}
        </button>
      </div>
    </form>
  );
};
