import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError, TextAreaField } from '../../../components/ui/form-fields';
import { type SurveyInput, useLinkWorkMutations } from '../api/link-work';
import { answerValues } from '../utils/measure-input';
import { LikertGroup, likertFocusId } from './likert-group';
import { MutationFeedback } from './mutation-feedback';

type Question = keyof SurveyInput['answers'];

const groupId = (question: string) => `survey-${question}`;

/** The link workers' survey: five statements on the agree scale and a comment; a new answer replaces the last. */
export const SurveyForm = ({ questions }: { questions: readonly Question[] }) => {
  const { t } = useTranslation();
  const { submitSurvey } = useLinkWorkMutations();
  const [answers, setAnswers] = useState<Partial<Record<Question, number>>>({});
  const [comment, setComment] = useState('');
  const [attempt, setAttempt] = useState(0);
  const agree = answerValues.map((answer) => t(`linkWork.agreeScale.a${answer}`));
  const questionText = (question: Question) => t(`linkWork.survey.questions.${question}`);
  const missing = questions.filter((question) => answers[question] === undefined);
  const errors: FormError[] = attempt > 0 ? missing.map((question) => ({ id: likertFocusId(groupId(question)), message: t('linkWork.itemError'), field: questionText(question) })) : [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (missing.length > 0 || questions.length === 0) return;
    const text = comment.trim();
    submitSurvey.mutate({ answers: answers as SurveyInput['answers'], ...(text ? { comment: text } : {}) });
  };
  return (
    <form className="form link-work__form" noValidate onSubmit={onSubmit}>
      <fieldset className="fieldset">
        <legend className="link-work__legend">{t('linkWork.survey.legend')}</legend>
        <ErrorSummary errors={errors} attempt={attempt} />
        {questions.map((question) => (
          <LikertGroup
            key={question}
            id={groupId(question)}
            legend={questionText(question)}
            answerLabels={agree}
            value={answers[question] ?? null}
            error={errors.find((error) => error.id === likertFocusId(groupId(question)))?.message}
            onChange={(answer) => setAnswers({ ...answers, [question]: answer })}
          />
        ))}
      </fieldset>
      <TextAreaField
        id="survey-comment"
        label={t('linkWork.survey.comment')}
        hint={t('linkWork.survey.commentHint')}
        maxLength={1000}
        rows={4}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <MutationFeedback mutation={submitSurvey} saved={t('linkWork.survey.sent')} />
      <button type="submit" className="button" disabled={submitSurvey.isPending}>
        {t('linkWork.survey.submit')}
      </button>
    </form>
  );
};
