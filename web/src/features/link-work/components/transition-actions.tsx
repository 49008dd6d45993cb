import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError, TextAreaField } from '../../../components/ui/form-fields';
import { type ReferralDetail, type ReferralState, useReferralVocabulary } from '../../../lib/referrals';
import { apiErrorCode } from '../../../lib/trpc';
import { useLinkWorkMutations } from '../api/link-work';
import {
  buildTransitionInput,
  emptyTransitionForm,
  fieldsOfTransition,
  isImmediateTransition,
  missingTransitionFields,
  type TransitionField,
  type TransitionFormState,
} from '../utils/transition-input';
import { CodeSelect } from './code-select';
import { focusLater } from '../utils/focus-later';
import { MutationFeedback } from './mutation-feedback';
import { OutcomeFields } from './outcome-fields';

const fieldIds: Record<TransitionField, string> = { reason: 'transition-reason', reasonCode: 'transition-reason-code', whatChanged: 'outcome-what-changed' };
const fieldErrors = { reason: 'linkWork.transitions.reasonError', reasonCode: 'linkWork.transitions.reasonCodeError', whatChanged: 'linkWork.outcome.whatChangedError' } as const;

interface TransitionFormProps {
  referral: ReferralDetail;
  to: ReferralState;
  pending: boolean;
  onSend: (form: TransitionFormState) => void;
  onCancel: () => void;
}

/** The details a change asks for: the reason (and for a rejection its code), or the outcome on completion. */
const TransitionForm = ({ referral, to, pending, onSend, onCancel }: TransitionFormProps) => {
  const { t } = useTranslation();
  const reasonCodes = useReferralVocabulary().data?.reasonCodes ?? [];
  const [form, setForm] = useState(emptyTransitionForm);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens below the buttons: move there, so keyboard and screen reader users land in it.
  useEffect(() => heading.current?.focus(), []);
  const fields = fieldsOfTransition(to);
  const action = t(`linkWork.transitions.actions.${to}`);
  const errors: FormError[] = attempt > 0 ? missingTransitionFields(to, form).map((field) => ({ id: fieldIds[field], message: t(fieldErrors[field]) })) : [];
  const errorOf = (field: TransitionField) => errors.find((error) => error.id === fieldIds[field])?.message;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (missingTransitionFields(to, form).length === 0) onSend(form);
  };
  return (
    <form className="form link-work__form link-work__card" noValidate onSubmit={onSubmit} aria-labelledby="transition-form-title">
      <h4 id="transition-form-title" ref={heading} tabIndex={-1}>
        {action}
      </h4>
      <ErrorSummary errors={errors} attempt={attempt} />
      {fields.reasonCode && (
        <CodeSelect
          id={fieldIds.reasonCode}
          label={t('linkWork.transitions.reasonCode')}
          error={errorOf('reasonCode')}
          codes={reasonCodes}
          labelOf={(code) => t(`referrals.reasonCodes.${code}`)}
          value={form.reasonCode}
          onChange={(reasonCode) => setForm({ ...form, reasonCode })}
        />
      )}
      {fields.reason && (
        <TextAreaField
          id={fieldIds.reason}
          label={t('linkWork.transitions.reason')}
          hint={t('linkWork.transitions.reasonHint')}
          required
          maxLength={500}
          rows={3}
          error={errorOf('reason')}
          value={form.reason}
          onChange={(event) => setForm({ ...form, reason: event.target.value })}
        />
      )}
      {fields.outcome && <OutcomeFields referral={referral} form={form} onChange={setForm} whatChangedError={errorOf('whatChanged')} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('linkWork.transitions.confirm', { action })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('linkWork.transitions.cancel')}
        </button>
      </div>
    </form>
  );
};

/** The state changes the caller may make now, one button each; a change that needs details opens a form first. */
export const TransitionActions = ({ referral }: { referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const { transition } = useLinkWorkMutations();
  const [chosen, setChosen] = useState<ReferralState | null>(null);
  const [done, setDone] = useState<ReferralState | null>(null);
  const send = (to: ReferralState, form: TransitionFormState) =>
    transition.mutate(buildTransitionInput(referral, to, form), { onSuccess: () => (setChosen(null), setDone(to)), onError: (error) => apiErrorCode(error) === 'CONFLICT' && setChosen(null) });
  const choose = (to: ReferralState) => (isImmediateTransition(to) ? send(to, emptyTransitionForm) : setChosen(to));
  if (referral.allowedTransitions.length === 0 && !transition.isSuccess && !transition.isError) return null;
  return (
    <section aria-labelledby="link-work-transitions">
      <h3 id="link-work-transitions">{t('linkWork.transitions.title')}</h3>
      <MutationFeedback mutation={transition} saved={done ? t('linkWork.transitions.done', { state: t(`referrals.states.${done}`) }) : ''} />
      <ul role="list" className="form-actions link-work__actions">
        {referral.allowedTransitions.map((to) => (
          <li key={to}>
            <button
              type="button"
              id={`transition-${to}`}
              className={to === 'completed' || to === 'accepted' || to === 'in-progress' ? 'button' : 'button button--secondary'}
              aria-expanded={isImmediateTransition(to) ? undefined : chosen === to}
              disabled={transition.isPending}
              onClick={() => choose(to)}
            >
              {t(`linkWork.transitions.actions.${to}`)}
            </button>
          </li>
        ))}
      </ul>
      {chosen && (
        <TransitionForm
          key={chosen}
          referral={referral}
          to={chosen}
          pending={transition.isPending}
          onSend={(form) => send(chosen, form)}
          onCancel={() => (setChosen(null), focusLater(`transition-${chosen}`))}
        />
      )}
    </section>
  );
};
