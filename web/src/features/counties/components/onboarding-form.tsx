import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ErrorSummary, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { Notice } from '../../../components/ui/notice';
import { apiErrorCode, apiErrorReason, inputIssuesOf } from '../../../lib/trpc';
import { type County, useOnboardCounty } from '../api/counties';
import { useOnboardingErrors } from '../hooks/use-onboarding-errors';
import {
  apiProblemsOf,
  initialOnboardingValues,
  type OnboardingFormValues,
  type OnboardingProblem,
  onboardingFieldId,
  onboardingOf,
  retentionLimits,
  samiLanguages,
  validateOnboardingForm,
} from '../utils/onboarding-form';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';

/** What the operator is told on the list once the onboarding has started. */
export interface OnboardedState {
  onboarded: { slug: string; email: string };
}

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section className="form-section" aria-labelledby={`${id}-heading`}>
    <h2 id={`${id}-heading`}>{title}</h2>
    {children}
  </section>
);

/** A refusal that is no field's: the county is no longer onboardable, or the coordinator is already a member. */
const OnboardingFailure = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  if (apiErrorCode(error) !== 'CONFLICT') return <ErrorAlert error={error} title={t('counties.onboarding.failed')} />;
  return (
    <Notice kind="warning">
      <p className="alert__title">{t('counties.onboarding.conflictTitle')}</p>
      <p>{apiErrorReason(error) === 'StaffEmailTakenError' ? t('counties.onboarding.conflictMember') : t('counties.onboarding.conflictStatus')}</p>
    </Notice>
  );
};

/** The form's problems: its own checks first, the API's objections (at their fields) when it has none. */
const useProblems = (error: unknown) => {
  const [own, setOwn] = useState<OnboardingProblem[]>([]);
  const api = apiProblemsOf(inputIssuesOf(error));
  return { problems: own.length > 0 ? own : api, api, setOwn };
};

/**
 * The operator's onboarding of one county: its municipalities (typed, or chosen from its reference
 * list), Sámi languages, contact-request retention and first coordinator. One request id per form,
 * so a second press of the button while the first is under way does not invite twice.
 */
export const OnboardingForm = ({ county, listPath }: { county: County; listPath: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [requestId] = useState(() => crypto.randomUUID());
  const reference = county.status === 'registered' ? county.municipalities : [];
  const [values, setValues] = useState(() => initialOnboardingValues(county, reference));
  const [attempt, setAttempt] = useState(0);
  const onboard = useOnboardCounty();
  const { problems, api, setOwn } = useProblems(onboard.error);
  const errors = useOnboardingErrors()(problems);
  const errorOf = (field: OnboardingProblem['field']) => errors.find((error) => error.id === onboardingFieldId(field))?.message;
  const update = (change: Partial<OnboardingFormValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateOnboardingForm(values, reference);
    setOwn(found);
    setAttempt((count) => count + 1);
    if (found.length > 0 || onboard.isPending) return;
    const onboarding = onboardingOf(county.slug, values, reference);
    onboard.mutate(
      { requestId, onboarding },
      {
        onSuccess: ({ coordinator }) => void navigate(listPath, { state: { onboarded: { slug: county.slug, email: coordinator.email ?? onboarding.coordinator.email } } satisfies OnboardedState }),
      },
    );
  };
  return (
    <form className="form county-onboarding" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {onboard.error && api.length === 0 ? <OnboardingFailure error={onboard.error} /> : null}
      <Section id="county-onboarding-area" title={t('counties.onboarding.sections.area')}>
        {reference.length > 0 ? (
          <CheckboxGroup
            id={onboardingFieldId('municipalities')}
            legend={t('counties.onboarding.municipalities')}
            hint={t('counties.onboarding.municipalitiesChoose')}
            options={reference.map((municipality) => ({ value: municipality, label: municipality }))}
            value={values.chosenMunicipalities}
            onChange={(chosenMunicipalities) => update({ chosenMunicipalities })}
            error={errorOf('municipalities')}
          />
        ) : (
          <TextAreaField
            id={onboardingFieldId('municipalities')}
            label={t('counties.onboarding.municipalities')}
            hint={t('counties.onboarding.municipalitiesHint')}
            value={values.municipalityLines}
            onChange={(event) => update({ municipalityLines: event.target.value })}
            error={errorOf('municipalities')}
            rows={8}
            required
          />
        )}
        <CheckboxGroup
          id={onboardingFieldId('extraLanguages')}
          legend={t('counties.onboarding.languages')}
          hint={t('counties.onboarding.languagesHint')}
          options={samiLanguages.map((language) => ({ value: language, label: t(`counties.onboarding.language.${language}`) }))}
          value={values.extraLanguages}
          onChange={(extraLanguages) => update({ extraLanguages })}
          error={errorOf('extraLanguages')}
        />
        <TextField
          id={onboardingFieldId('retention')}
          label={t('counties.onboarding.retention')}
          hint={t('counties.onboarding.retentionHint', retentionLimits)}
          value={values.retentionDays}
          onChange={(event) => update({ retentionDays: event.target.value })}
          error={errorOf('retention')}
          inputMode="numeric"
          className="field--short"
          required
        />
      </Section>
      <Section id="county-onboarding-coordinator" title={t('counties.onboarding.sections.coordinator')}>
        <TextField
          id={onboardingFieldId('email')}
          label={t('counties.onboarding.email')}
          hint={t('counties.onboarding.emailHint')}
          type="email"
          value={values.email}
          onChange={(event) => update({ email: event.target.value })}
          error={errorOf('email')}
          autoComplete="off"
          maxLength={254}
          required
        />
        <TextField
          id={onboardingFieldId('displayName')}
          label={t('counties.onboarding.displayName')}
          value={values.displayName}
          onChange={(event) => update({ displayName: event.target.value })}
          error={errorOf('displayName')}
          autoComplete="off"
          maxLength={200}
          required
        />
      </Section>
      <div className="form-actions">
        <button type="submit" className="button" disabled={onboard.isPending}>
          {onboard.isPending ? t('counties.onboarding.submitting') : t('counties.onboarding.submit')}
        </button>
      </div>
    </form>
  );
};
