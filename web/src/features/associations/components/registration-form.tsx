import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { CheckboxField, ErrorSummary, SelectField, TextField } from '../../../components/ui/form-fields';
import { useLanguage } from '../../../i18n';
import { isCountyBusy, retryAfterMinutesOf } from '../../../lib/api-errors';
import { apiErrorCode } from '../../../lib/trpc';
import { useRegisterAssociation } from '../api/associations';
import { useRegistrationErrors } from '../hooks/use-registration-errors';
import {
  apiProblemsOf,
  emptyRegistrationForm,
  type RegistrationField,
  type RegistrationFormProblem,
  type RegistrationFormValues,
  registrationFieldId,
  registrationOf,
  validateRegistrationForm,
} from '../utils/registration-form';
import { RegistrationReceived } from './registration-received';

/**
 * The API's refusal of too many registrations, with the wait where it names one: from this
 * connection, or (told apart, as the applicant did nothing wrong) while the county is flooded.
 */
const TooManyRegistrations = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const minutes = retryAfterMinutesOf(error);
  const text = isCountyBusy(error) ? 'countyBusy' : 'tooMany';
  return (
    <div className="alert alert--error" role="alert">
      <div className="alert__body">
        <p className="alert__title">{t(`associations.register.${text}Title`)}</p>
        <p>{minutes ? t(`associations.register.${text}BodyIn`, { count: minutes }) : t(`associations.register.${text}Body`)}</p>
      </div>
    </div>
  );
};

/**
 * An association's registration to the county's catalog. The request id is made once for the
 * form's life, so a second press or a retry after a lost answer registers and emails only once.
 * Once received, a note to check the email replaces the form.
 */
export const RegistrationForm = ({ municipalities }: { municipalities: readonly string[] }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const register = useRegisterAssociation();
  const [requestId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState(emptyRegistrationForm);
  const [problems, setProblems] = useState<RegistrationFormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errors = useRegistrationErrors()(problems);

  if (register.data) return <RegistrationReceived email={values.contactEmail.trim()} hours={register.data.verifyWithinHours} />;

  const errorOf = (field: RegistrationField) => errors.find((error) => error.id === registrationFieldId(field))?.message;
  const update = (change: Partial<RegistrationFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    setProblems((current) => current.filter((problem) => !(problem.field in change)));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const found = validateRegistrationForm(values);
    setProblems(found);
    if (found.length > 0 || register.isPending) return;
    register.mutate({ requestId, registration: registrationOf(values, language) }, { onError: (error) => setProblems(apiProblemsOf(error)) });
  };
  const text = (field: Exclude<RegistrationField, 'consent' | 'municipality'>) => ({
    id: registrationFieldId(field),
    value: values[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) => update({ [field]: event.target.value }),
  });
  const tooMany = apiErrorCode(register.error) === 'TOO_MANY_REQUESTS';
  const unexplained = register.isError && !tooMany && apiProblemsOf(register.error).length === 0;

  return (
    <form className="form association-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {tooMany && <TooManyRegistrations error={register.error} />}
      {unexplained && <ErrorAlert error={register.error} title={t('associations.register.failed')} />}
      <section className="form-section" aria-labelledby="association-details-heading">
        <h2 id="association-details-heading">{t('associations.register.association')}</h2>
        <TextField {...text('nameFi')} label={t('associations.register.nameFi')} hint={t('associations.register.nameFiHint')} lang="fi" maxLength={200} autoComplete="organization" required />
        <TextField {...text('nameSv')} label={t('associations.register.nameSv')} hint={t('associations.register.nameSvHint')} lang="sv" maxLength={200} autoComplete="off" />
        <TextField
          {...text('businessId')}
          className="field--short"
          label={t('associations.register.businessId')}
          hint={t('associations.register.businessIdHint')}
          maxLength={9}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          required
        />
        <SelectField
          id={registrationFieldId('municipality')}
          label={t('associations.register.municipality')}
          hint={t('associations.register.municipalityHint')}
          value={values.municipality}
          error={errorOf('municipality')}
          onChange={(event) => update({ municipality: event.target.value })}
          required
        >
          <option value="">{t('associations.register.chooseMunicipality')}</option>
          {municipalities.map((municipality) => (
            <option key={municipality} value={municipality} lang="fi">
              {municipality}
            </option>
          ))}
        </SelectField>
      </section>
      <section className="form-section" aria-labelledby="association-contact-heading">
        <h2 id="association-contact-heading">{t('associations.register.contact')}</h2>
        <TextField {...text('contactName')} label={t('associations.register.contactName')} hint={t('associations.register.contactNameHint')} maxLength={200} autoComplete="name" required />
        <TextField
          {...text('contactEmail')}
          label={t('associations.register.contactEmail')}
          hint={t('associations.register.contactEmailHint')}
          type="email"
          maxLength={254}
          autoComplete="email"
          spellCheck={false}
          required
        />
      </section>
      <CheckboxField
        id={registrationFieldId('consent')}
        label={t('associations.register.consent')}
        hint={t('associations.register.consentHint')}
        checked={values.consent}
        error={errorOf('consent')}
        onChange={(event) => update({ consent: event.target.checked })}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? t('associations.register.sending') : t('associations.register.submit')}
        </button>
      </div>
    </form>
  );
};
