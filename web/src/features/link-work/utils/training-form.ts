import type { TrainingRecord } from '../api/link-work';

export interface CourseRow {
  title: string;
  provider: string;
  completedOn: string;
  /** As typed. */
  hours: string;
}

export interface SessionRow {
  heldOn: string;
  mentor: string;
  topic: string;
}

export interface TrainingFormState {
  courses: CourseRow[];
  mentoring: SessionRow[];
}

export const emptyCourse: CourseRow = { title: '', provider: '', completedOn: '', hours: '' };
export const emptySession: SessionRow = { heldOn: '', mentor: '', topic: '' };

export const trainingFormOf = (record: TrainingRecord): TrainingFormState => ({
  courses: record.courses.map((course) => ({ title: course.title, provider: course.provider ?? '', completedOn: course.completedOn, hours: course.hours === undefined ? '' : String(course.hours) })),
  mentoring: record.mentoring.map((session) => ({ heldOn: session.heldOn, mentor: session.mentor ?? '', topic: session.topic ?? '' })),
});

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const hoursOf = (typed: string): number | undefined | null => {
  if (typed.trim() === '') return undefined;
  const hours = Number(typed.replace(',', '.'));
  return Number.isFinite(hours) && hours >= 0 && hours <= 500 ? hours : null;
};

/** A field of a row that keeps the record from being saved. */
export interface TrainingError {
  section: 'courses' | 'mentoring';
  index: number;
  field: 'title' | 'completedOn' | 'hours' | 'heldOn';
}

export const trainingErrors = (form: TrainingFormState): TrainingError[] => [
  ...form.courses.flatMap((course, index) => [
    ...(course.title.trim() ? [] : [{ section: 'courses' as const, index, field: 'title' as const }]),
    ...(isoDate.test(course.completedOn) ? [] : [{ section: 'courses' as const, index, field: 'completedOn' as const }]),
    ...(hoursOf(course.hours) === null ? [{ section: 'courses' as const, index, field: 'hours' as const }] : []),
  ]),
  ...form.mentoring.flatMap((session, index) => (isoDate.test(session.heldOn) ? [] : [{ section: 'mentoring' as const, index, field: 'heldOn' as const }])),
];

const optional = <Key extends string>(key: Key, typed: string): Partial<Record<Key, string>> => {
  const text = typed.trim();
  return text ? ({ [key]: text } as Record<Key, string>) : {};
};

/** The record to save, or null while a row has errors. */
export const trainingRecordOf = (form: TrainingFormState): TrainingRecord | null => {
  if (trainingErrors(form).length > 0) return null;
  return {
    courses: form.courses.map((course) => {
      const hours = hoursOf(course.hours);
      return { title: course.title.trim(), ...optional('provider', course.provider), completedOn: course.completedOn, ...(typeof hours === 'number' ? { hours } : {}) };
    }),
    mentoring: form.mentoring.map((session) => ({ heldOn: session.heldOn, ...optional('mentor', session.mentor), ...optional('topic', session.topic) })),
  };
};
