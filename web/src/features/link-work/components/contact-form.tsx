import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { useLanguage } from '../../../i18n';
import { pickListingText } from '../../../lib/listing-format';
import { type ReferralDetail, useReferralVocabulary } from '../../../lib/referrals';
import { useLinkWorkMutations } from '../api/link-work';
import { buildContactInput, type ContactFormState, emptyContactForm } from '../utils/contact-input';
import { MutationFeedback } from './mutation-feedback';

/** The assigned link worker records a call, a meeting or an accompanied visit, with the activity attended. */
export const ContactForm = ({ referral }: { referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const kinds = useReferralVocabulary().data?.contactKinds ?? [];
  const { recordContact } = useLinkWorkMutations();
  const [form, setForm] = useState<ContactFormState>(() => emptyContactForm(new Date()));
  const [attempt, setAttempt] = useState(0);
  const input = buildContactInput(referral, form);
  const errors = attempt > 0 && !input ? [{ id: 'contact-at', message: t('linkWork.contact.atError') }] : [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (input) recordContact.mutate(input, { onSuccess: () => (setForm(emptyContactForm(new Date())), setAttempt(0)) });
  };
  return (
    <form className="form link-work__form" noValidate onSubmit={onSubmit}>
      <fieldset className="fieldset">
        <legend className="link-work__legend">{t('linkWork.contact.legend')}</legend>
        <ErrorSummary errors={errors} attempt={attempt} />
        <SelectField id="contact-kind" label={t('linkWork.contact.kind')} required value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value as ContactFormState['kind'] })}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`referrals.contactKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="contact-at"
          label={t('linkWork.contact.at')}
          type="datetime-local"
          required
          error={errors[0]?.message}
          value={form.at}
          onChange={(event) => setForm({ ...form, at: event.target.value })}
        />
        <SelectField id="contact-activity" label={t('linkWork.contact.activity')} value={form.activityId} onChange={(event) => setForm({ ...form, activityId: event.target.value })}>
          <option value="">{t('linkWork.contact.noActivity')}</option>
          {referral.suggestedActivities.map((activity) => (
            <option key={activity.id} value={activity.id}>
              {pickListingText(activity.title, language).text}
            </option>
          ))}
        </SelectField>
        <TextAreaField id="contact-note" label={t('linkWork.contact.note')} maxLength={1000} rows={3} value={form.note} onChange={(event) => setForm({ ...form, note: event.target.value })} />
        <MutationFeedback mutation={recordContact} saved={t('linkWork.contact.saved')} />
        <button type="submit" className="button" disabled={recordContact.isPending}>
          {t('linkWork.contact.submit')}
        </button>
      </fieldset>
    </form>
  );
};
