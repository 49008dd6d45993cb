import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { SentConfirmation } from '../../../components/ui/sent-confirmation';
import { CheckboxField, ErrorSummary, type FormError, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { apiErrorCode, inputIssuesOf } from '../../../lib/trpc';
import { useSendAccessibilityFeedback } from '../api/legal';
import { type FeedbackField, feedbackErrorsOf, type FeedbackValues, feedbackFields } from '../utils/feedback-form';

const fieldId = (field: FeedbackField) => `a11y-feedback-${field}`;
const isField = (value: string): value is FeedbackField => (feedbackFields as readonly string[]).includes(value);

const Confirmation = ({ answerDays }: { answerDays: number }) => {
  const { t } = useTranslation();
  return (
    <SentConfirmation title={t('legal.feedbackForm.sentTitle')}>
      <p>{t('legal.feedbackForm.sentBody', { count: answerDays })}</p>
    </SentConfirmation>
  );
};

/** A resident's accessibility feedback; the email (and the consent to keep it) only if they want an answer. */
export const FeedbackForm = ({ retentionDays }: { retentionDays: number }) => {
  const { t } = useTranslation();
  const send = useSendAccessibilityFeedback();
  // One id per filled-in form: resending after a network failure is recognised and not stored twice.
  const [requestId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<FeedbackValues>({ problem: '', location: '', email: '', consent: false });
  const [errors, setErrors] = useState<Partial<Record<FeedbackField, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const set = <Key extends keyof FeedbackValues>(key: Key, value: FeedbackValues[Key]) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const found = Object.fromEntries(Object.entries(feedbackErrorsOf(values)).map(([field, message]) => [field, t(`legal.feedbackForm.errors.${message}`)]));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const email = values.email.trim();
    send.mutate(
      { requestId, problem: values.problem.trim(), location: values.location.trim(), ...(email ? { email, consent: values.consent } : {}) },
      {
        onError: (error) => {
          const fromApi: Partial<Record<FeedbackField, string>> = {};
          for (const issue of inputIssuesOf(error)) if (isField(issue.path)) fromApi[issue.path] = t('legal.feedbackForm.errors.checkField');
          setErrors(fromApi);
        },
      },
    );
  };

  const summary: FormError[] = feedbackFields.flatMap((field) => (errors[field] ? [{ id: fieldId(field), message: errors[field] }] : []));
  const tooMany = apiErrorCode(send.error) === 'TOO_MANY_REQUESTS';
  const otherFailure = send.isError && !tooMany && summary.length === 0;
  const text = (field: Exclude<FeedbackField, 'consent'>) => ({
    id: fieldId(field),
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <section className="section" aria-labelledby="a11y-feedback-heading">
      <h2 id="a11y-feedback-heading">{t('legal.feedbackForm.heading')}</h2>
      {send.data ? (
        <Confirmation answerDays={send.data.answerDays} />
      ) : (
        <form className="form legal-feedback-form" onSubmit={submit} noValidate>
          <ErrorSummary errors={summary} attempt={attempt} />
          {tooMany && (
            <div className="alert alert--error" role="alert">
              <div className="alert__body">
                <p className="alert__title">{t('legal.feedbackForm.tooManyTitle')}</p>
                <p>{t('legal.feedbackForm.tooManyBody')}</p>
              </div>
            </div>
          )}
          {otherFailure && <ErrorAlert error={send.error} title={t('legal.feedbackForm.failed')} />}
          <TextAreaField {...text('problem')} label={t('legal.feedbackForm.problem')} hint={t('legal.feedbackForm.problemHint')} required maxLength={2000} />
          <TextField {...text('location')} label={t('legal.feedbackForm.location')} hint={t('legal.feedbackForm.locationHint')} required maxLength={300} />
          <TextField {...text('email')} label={t('legal.feedbackForm.email')} hint={t('legal.feedbackForm.emailHint')} type="email" autoComplete="email" maxLength={200} />
          {values.email.trim() !== '' && (
            <CheckboxField
              id={fieldId('consent')}
              checked={values.consent}
              onChange={(event) => set('consent', event.target.checked)}
              error={errors.consent}
              required
              label={t('legal.feedbackForm.consent', { count: retentionDays })}
            />
          )}
          <button type="submit" className="button" disabled={send.isPending}>
            {send.isPending ? t('legal.feedbackForm.sending') : t('legal.feedbackForm.submit')}
          </button>
        </form>
      )}
    </section>
  );
};
