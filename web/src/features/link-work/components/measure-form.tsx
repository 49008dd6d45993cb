import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError } from '../../../components/ui/form-fields';
import { type ReferralDetail, useReferralVocabulary } from '../../../lib/referrals';
import { useLinkWorkMutations } from '../api/link-work';
import { answerValues, buildMeasureInput, emptyMeasureForm, type Instrument, type MeasureFormState, type MeasurePhase, measureItems, missingMeasureFields } from '../utils/measure-input';
import { CodeSelect } from './code-select';
import { LikertGroup, likertFocusId } from './likert-group';
import { MutationFeedback } from './mutation-feedback';

interface MeasureFormProps {
  referral: ReferralDetail;
  instrument: Instrument;
  /** The phases not yet recorded. */
  phases: MeasurePhase[];
}

const scaleOf = { swemwbs: 'frequencyScale', participation: 'agreeScale' } as const;

const useMeasureTexts = (instrument: Instrument) => {
  const { t } = useTranslation();
  const scale = scaleOf[instrument];
  return {
    legend: t(`linkWork.${instrument}.legend`),
    intro: t(`linkWork.${instrument}.intro`),
    submit: t(`linkWork.${instrument}.submit`),
    answers: answerValues.map((answer) => t(`linkWork.${scale}.a${answer}`)),
    items: measureItems[instrument].map((key) => t(`linkWork.${instrument}.items.${key}` as 'linkWork.swemwbs.items.useful')),
  };
};

/** Errors of the form as the summary lists them, each linked to its field. */
const errorsOf = (
  form: MeasureFormState,
  ids: { phase: string; filledBy: string; item: (index: number) => string },
  texts: { items: string[] },
  t: (key: 'linkWork.measures.phaseError' | 'linkWork.measures.filledByError' | 'linkWork.itemError') => string,
): FormError[] =>
  missingMeasureFields(form).map((field) => {
    if (field === 'phase') return { id: ids.phase, message: t('linkWork.measures.phaseError') };
    if (field === 'filledBy') return { id: ids.filledBy, message: t('linkWork.measures.filledByError') };
    return { id: likertFocusId(ids.item(field)), message: t('linkWork.itemError'), field: texts.items[field] };
  });

/** One measure (SWEMWBS or THL's participation indicator) at the start or end, with who filled it in. */
export const MeasureForm = ({ referral, instrument, phases }: MeasureFormProps) => {
  const { t } = useTranslation();
  const texts = useMeasureTexts(instrument);
  const fillers = useReferralVocabulary().data?.measureFillers ?? [];
  const { recordMeasure } = useLinkWorkMutations();
  const [form, setForm] = useState<MeasureFormState>(() => emptyMeasureForm(instrument, phases.length === 1 ? (phases[0] ?? '') : ''));
  const [attempt, setAttempt] = useState(0);
  const ids = { phase: `${instrument}-phase`, filledBy: `${instrument}-filled-by`, item: (index: number) => `${instrument}-item-${index + 1}` };
  const errors = attempt > 0 ? errorsOf(form, ids, texts, t) : [];
  const errorOf = (id: string) => errors.find((error) => error.id === id)?.message;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const input = buildMeasureInput(referral, instrument, form);
    if (input) recordMeasure.mutate(input, { onSuccess: () => (setForm(emptyMeasureForm(instrument, '')), setAttempt(0)) });
  };
  return (
    <form className="form link-work__form" noValidate onSubmit={onSubmit}>
      <fieldset className="fieldset">
        <legend className="visually-hidden">{texts.legend}</legend>
        {instrument === 'participation' && <p className="hint">{t('linkWork.participation.privacy')}</p>}
        <ErrorSummary errors={errors} attempt={attempt} />
        <CodeSelect
          id={ids.phase}
          label={t('linkWork.measures.phase')}
          error={errorOf(ids.phase)}
          codes={phases}
          labelOf={(phase) => t(`linkWork.measures.phases.${phase}`)}
          value={form.phase}
          onChange={(phase) => setForm({ ...form, phase })}
        />
        <CodeSelect
          id={ids.filledBy}
          label={t('linkWork.measures.filledBy')}
          error={errorOf(ids.filledBy)}
          codes={fillers}
          labelOf={(filler) => t(`referrals.fillers.${filler}`)}
          value={form.filledBy}
          onChange={(filledBy) => setForm({ ...form, filledBy })}
        />
        <p>{texts.intro}</p>
        {texts.items.map((item, index) => (
          <LikertGroup
            key={item}
            id={ids.item(index)}
            legend={item}
            answerLabels={texts.answers}
            value={form.answers[index] ?? null}
            error={errorOf(likertFocusId(ids.item(index)))}
            onChange={(answer) => setForm({ ...form, answers: form.answers.map((old, at) => (at === index ? answer : old)) })}
          />
        ))}
        <MutationFeedback mutation={recordMeasure} saved={t('linkWork.measures.saved')} />
        <button type="submit" className="button" disabled={recordMeasure.isPending}>
          {texts.submit}
        </button>
      </fieldset>
    </form>
  );
};
