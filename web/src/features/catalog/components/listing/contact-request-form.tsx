import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { SentConfirmation } from '../../../../components/ui/sent-confirmation';
import { CheckboxField, ErrorSummary, type FormError, TextAreaField, TextField } from '../../../../components/ui/form-fields';
import { isCountyBusy, retryAfterMinutesOf } from '../../../../lib/api-errors';
import { apiErrorCode, inputIssuesOf } from '../../../../lib/trpc';
import { useSendContactRequest } from '../../api/contact-request';

interface ContactRequestFormProps {
  activityId: string;
  organiser: string;
  /** The county's retention period, when it has set one. */
  retentionDays: number | undefined;
}

const fields = ['name', 'phone', 'email', 'message', 'consent'] as const;
type Field = (typeof fields)[number];
type Values = Record<Exclude<Field, 'consent'>, string> & { consent: boolean };

const fieldId = (field: Field) => `contact-${field}`;
const phonePattern = /^\+?[0-9 ()-]{5,20}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Check = { field: Field; fails: (values: Values) => boolean; message: 'nameMissing' | 'reachMissing' | 'phoneInvalid' | 'emailInvalid' | 'messageMissing' | 'consentMissing' };

/** What the form checks before sending; the API checks the same and answers field by field. */
const checks: Check[] = [
  { field: 'name', fails: (values) => values.name.trim() === '', message: 'nameMissing' },
  { field: 'phone', fails: (values) => values.phone.trim() === '' && values.email.trim() === '', message: 'reachMissing' },
  { field: 'phone', fails: (values) => values.phone.trim() !== '' && !phonePattern.test(values.phone.trim()), message: 'phoneInvalid' },
  { field: 'email', fails: (values) => values.email.trim() !== '' && !emailPattern.test(values.email.trim()), message: 'emailInvalid' },
  { field: 'message', fails: (values) => values.message.trim() === '', message: 'messageMissing' },
  { field: 'consent', fails: (values) => !values.consent, message: 'consentMissing' },
];

const isField = (value: string): value is Field => (fields as readonly string[]).includes(value);

const Confirmation = ({ retentionDays }: { retentionDays: number }) => {
  const { t } = useTranslation();
  return (
    <SentConfirmation title={t('catalog.contact.sentTitle')}>
      <p>{t('catalog.contact.sentBody')}</p>
      <p>{t('catalog.contact.sentRetention', { count: retentionDays })}</p>
    </SentConfirmation>
  );
};

/** The resident's contact request to the organiser, with explicit consent; a confirmation replaces it once sent. */
export const ContactRequestForm = ({ activityId, organiser, retentionDays }: ContactRequestFormProps) => {
  const { t } = useTranslation();
  const send = useSendContactRequest();
  // One id per filled-in form: resending after a network failure is recognised and not sent twice.
  const [requestId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<Values>({ name: '', phone: '', email: '', message: '', consent: false });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  if (send.data) return <Confirmation retentionDays={send.data.retentionDays} />;

  const set = <Key extends keyof Values>(key: Key, value: Values[Key]) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const found: Partial<Record<Field, string>> = {};
    for (const check of checks) {
      if (!found[check.field] && check.fails(values)) found[check.field] = t(`catalog.contact.errors.${check.message}`);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    send.mutate(
      { requestId, activityId, name: values.name.trim(), phone: optional(values.phone), email: optional(values.email), message: values.message.trim(), consent: true },
      {
        onError: (error) => {
          const fromApi: Partial<Record<Field, string>> = {};
          for (const issue of inputIssuesOf(error)) {
            if (isField(issue.path)) fromApi[issue.path] = t('catalog.contact.errors.checkField');
          }
          setErrors(fromApi);
        },
      },
    );
  };

  const summary: FormError[] = fields.flatMap((field) => (errors[field] ? [{ id: fieldId(field), message: errors[field] }] : []));
  const tooMany = apiErrorCode(send.error) === 'TOO_MANY_REQUESTS';
  const waitMinutes = retryAfterMinutesOf(send.error);
  // The county's busy spell is told apart from this connection's own limit: the resident did nothing wrong.
  const tooManyText = isCountyBusy(send.error) ? 'countyBusy' : 'tooMany';
  const otherFailure = send.isError && !tooMany && summary.length === 0;
  const text = (field: Exclude<Field, 'consent'>) => ({
    id: fieldId(field),
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <form className="form contact-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} attempt={attempt} />
      {tooMany && (
        <div className="alert alert--error" role="alert">
          <div className="alert__body">
            <p className="alert__title">{t(`catalog.contact.${tooManyText}Title`)}</p>
            <p>{waitMinutes ? t(`catalog.contact.${tooManyText}BodyIn`, { count: waitMinutes }) : t(`catalog.contact.${tooManyText}Body`)}</p>
          </div>
        </div>
      )}
      {otherFailure && <ErrorAlert error={send.error} title={t('catalog.contact.failed')} />}
      <p>{t('catalog.contact.intro', { organiser })}</p>
      <TextField {...text('name')} label={t('catalog.contact.name')} required autoComplete="name" maxLength={120} />
      <fieldset className="fieldset" aria-describedby="contact-reach-hint">
        <legend>{t('catalog.contact.reachLegend')}</legend>
        <p id="contact-reach-hint" className="hint">
          {t('catalog.contact.reachHint')}
        </p>
        <TextField {...text('phone')} label={t('catalog.contact.phone')} type="tel" autoComplete="tel" maxLength={20} />
        <TextField {...text('email')} label={t('catalog.contact.email')} type="email" autoComplete="email" maxLength={200} />
      </fieldset>
      <TextAreaField {...text('message')} label={t('catalog.contact.message')} hint={t('catalog.contact.messageHint')} required maxLength={1000} />
      <CheckboxField
        id={fieldId('consent')}
        checked={values.consent}
        onChange={(event) => set('consent', event.target.checked)}
        error={errors.consent}
        required
        label={retentionDays ? t('catalog.contact.consentWithDays', { organiser, count: retentionDays }) : t('catalog.contact.consent', { organiser })}
      />
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t('catalog.contact.sending') : t('catalog.contact.submit')}
      </button>
    </form>
  );
};
