import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { TextAreaField } from '../../../components/ui/form-fields';
import { Notice } from '../../../components/ui/notice';
import { useGiveFeedback } from '../api/pathways';

interface StageFeedbackProps {
  pathwayId: string;
  stageId: string;
}

/**
 * "Was this stage helpful?" — anonymous: nothing about the resident is sent. One request id per
 * form, so a retry after a lost answer is counted once.
 */
export const StageFeedback = ({ pathwayId, stageId }: StageFeedbackProps) => {
  const { t } = useTranslation();
  const [requestId] = useState(() => crypto.randomUUID());
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [missingAnswer, setMissingAnswer] = useState(false);
  const give = useGiveFeedback();
  const id = `feedback-${stageId}`;
  if (give.isSuccess) return <Notice kind="info">{t('pathways.feedback.thanks')}</Notice>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissingAnswer(helpful === null);
    if (helpful === null) return;
    const trimmed = comment.trim();
    give.mutate({ requestId, pathwayId, stageId, helpful, ...(trimmed ? { comment: trimmed } : {}) });
  };
  return (
    <form className="pathway-feedback" onSubmit={submit} noValidate>
      <fieldset className="fieldset" aria-describedby={missingAnswer ? `${id}-missing` : undefined}>
        <legend id={`${id}-legend`}>{t('pathways.feedback.question')}</legend>
        {missingAnswer && (
          <p id={`${id}-missing`} className="field__error" role="alert">
            {t('pathways.feedback.chooseAnswer')}
          </p>
        )}
        <div className="pathway-feedback__choices">
          {([true, false] as const).map((value) => (
            <label key={String(value)} className="check">
              <input type="radio" name={`${id}-helpful`} checked={helpful === value} onChange={() => setHelpful(value)} />
              <span>{value ? t('pathways.feedback.yes') : t('pathways.feedback.no')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* The comment field appears once an answer is chosen, so an unanswered stage stays short. */}
      {helpful !== null && (
        <TextAreaField
          id={`${id}-comment`}
          label={t('pathways.feedback.comment')}
          hint={t('pathways.feedback.commentHint')}
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      )}
      {give.error && <ErrorAlert error={give.error} title={t('pathways.feedback.failed')} />}
      <button type="submit" className="button button--secondary" disabled={give.isPending}>
        {t('pathways.feedback.send')}
      </button>
    </form>
  );
};
