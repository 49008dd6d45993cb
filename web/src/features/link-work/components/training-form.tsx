import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError, TextField } from '../../../components/ui/form-fields';
import { type TrainingRecord, useLinkWorkMutations } from '../api/link-work';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { emptyCourse, emptySession, type TrainingError, type TrainingFormState, trainingErrors, trainingFormOf, trainingRecordOf } from '../utils/training-form';
import { focusLater } from '../utils/focus-later';
import { MutationFeedback } from './mutation-feedback';

type Section = keyof TrainingFormState;
type RowOf<S extends Section> = TrainingFormState[S][number];

const idOf = (section: Section, index: number, field: string) => `${section}-${index + 1}-${field}`;
const errorMessages = { title: 'linkWork.training.titleError', completedOn: 'linkWork.training.dateError', heldOn: 'linkWork.training.dateError', hours: 'linkWork.training.hoursError' } as const;

/** The fields of each row: the first is required text or a date; labels from the messages. */
const columns = {
  courses: [
    { field: 'title', label: 'linkWork.training.courseTitle', type: 'text', required: true },
    { field: 'provider', label: 'linkWork.training.provider', type: 'text', required: false },
    { field: 'completedOn', label: 'linkWork.training.completedOn', type: 'date', required: true },
    { field: 'hours', label: 'linkWork.training.hours', type: 'text', required: false },
  ],
  mentoring: [
    { field: 'heldOn', label: 'linkWork.training.heldOn', type: 'date', required: true },
    { field: 'mentor', label: 'linkWork.training.mentor', type: 'text', required: false },
    { field: 'topic', label: 'linkWork.training.topic', type: 'text', required: false },
  ],
} as const;

const sectionTexts = {
  courses: { title: 'linkWork.training.courses', row: 'linkWork.training.course', add: 'linkWork.training.addCourse', remove: 'linkWork.training.removeCourse', none: 'linkWork.training.noCourses' },
  mentoring: {
    title: 'linkWork.training.mentoring',
    row: 'linkWork.training.session',
    add: 'linkWork.training.addSession',
    remove: 'linkWork.training.removeSession',
    none: 'linkWork.training.noSessions',
  },
} as const;

const emptyRows = { courses: emptyCourse, mentoring: emptySession };

/** My training record: courses and mentoring sessions as rows to add and remove; saving checks the version. */
export const TrainingForm = ({ saved }: { saved: { record: TrainingRecord; version: number } }) => {
  const { t } = useTranslation();
  const { saveTraining } = useLinkWorkMutations();
  const [form, setForm] = useVersionedForm(saved.version, () => trainingFormOf(saved.record));
  const [attempt, setAttempt] = useState(0);
  const found: TrainingError[] = attempt > 0 ? trainingErrors(form) : [];
  const errors: FormError[] = found.map((error) => ({
    id: idOf(error.section, error.index, error.field),
    message: t(errorMessages[error.field]),
    field: t(sectionTexts[error.section].row, { number: error.index + 1 }),
  }));
  const errorOf = (id: string) => errors.find((error) => error.id === id)?.message;
  const update = <S extends Section>(section: S, rows: RowOf<S>[]) => setForm({ ...form, [section]: rows });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const record = trainingRecordOf(form);
    if (record) saveTraining.mutate({ expectedVersion: saved.version, record });
  };
  const section = <S extends Section>(name: S) => {
    const rows = form[name] as RowOf<S>[];
    const texts = sectionTexts[name];
    return (
      <section aria-labelledby={`training-${name}`} className="link-work__section">
        <h2 id={`training-${name}`}>{t(texts.title)}</h2>
        {rows.length === 0 && <p>{t(texts.none)}</p>}
        {rows.map((row, index) => (
          <fieldset key={index} className="fieldset link-work__card">
            <legend className="link-work__legend">{t(texts.row, { number: index + 1 })}</legend>
            {columns[name].map((column) => {
              const id = idOf(name, index, column.field);
              const value = (row as unknown as Record<string, string>)[column.field] ?? '';
              return (
                <TextField
                  key={column.field}
                  id={id}
                  label={t(column.label)}
                  type={column.type}
                  required={column.required}
                  error={errorOf(id)}
                  value={value}
                  onChange={(event) =>
                    update(
                      name,
                      rows.map((old, at) => (at === index ? { ...old, [column.field]: event.target.value } : old)),
                    )
                  }
                />
              );
            })}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => (
                update(
                  name,
                  rows.filter((_, at) => at !== index),
                ),
                focusLater(`training-add-${name}`)
              )}
            >
              {t(texts.remove, { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id={`training-add-${name}`}
          className="button button--secondary"
          onClick={() => (update(name, [...rows, emptyRows[name] as RowOf<S>]), focusLater(idOf(name, rows.length, columns[name][0].field)))}
        >
          {t(texts.add)}
        </button>
      </section>
    );
  };
  return (
    <form className="form link-work__form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} attempt={attempt} />
      {section('courses')}
      {section('mentoring')}
      <MutationFeedback mutation={saveTraining} saved={t('linkWork.training.saved')} />
      <button type="submit" className="button" disabled={saveTraining.isPending}>
        {t('linkWork.training.save')}
      </button>
    </form>
  );
};
