import type { PostContent } from '../api/network';

type Kind = PostContent['kind'];
type Tag = PostContent['tags'][number];
type Practice = Extract<PostContent, { kind: 'practice' }>['practice'];

/** The practice's text fields in form order: one table drives the form, its labels and the mapping. */
export const practiceTextFields = ['summary', 'operatingEnvironment', 'startingPoint', 'targetGroup', 'intendedChange', 'measurement', 'implementation', 'results', 'contact'] as const;
export type PracticeTextField = (typeof practiceTextFields)[number];

export interface PostFormValues {
  kind: Kind;
  title: string;
  body: string;
  tags: Tag[];
  startsAt: string;
  place: string;
  onlineUrl: string;
  practice: Record<PracticeTextField, string>;
  stage: Practice['stage'];
  /** One per line. */
  tools: string;
  /** One per line: `label | url`. */
  links: string;
  /** One per line: `<region>/<userId>`. */
  coAuthors: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

export const emptyPostFormValues = (kind: Kind = 'update'): PostFormValues => ({
  kind,
  title: '',
  body: '',
  tags: [],
  startsAt: '',
  place: '',
  onlineUrl: '',
  practice: Object.fromEntries(practiceTextFields.map((field) => [field, ''])) as Record<PracticeTextField, string>,
  stage: 'inDevelopment',
  tools: '',
  links: '',
  coAuthors: '',
});

const practiceOf = (values: PostFormValues): Practice => {
  const { results, ...required } = values.practice;
  return {
    ...required,
    ...(optional(results) ? { results: results.trim() } : {}),
    stage: values.stage,
    tools: lines(values.tools),
    links: lines(values.links).map((line) => {
      const [label = '', url = ''] = line.split('|').map((part) => part.trim());
      return { label: label || url, url: url || label };
    }),
    coAuthors: lines(values.coAuthors),
  };
};

/** What the form sends; the API validates it and names any field it refuses. */
export const contentOf = (values: PostFormValues): PostContent => {
  const common = { title: values.title, body: values.body, tags: values.tags };
  switch (values.kind) {
    case 'event': {
      const place = optional(values.place);
      const onlineUrl = optional(values.onlineUrl);
      const startsAt = values.startsAt ? new Date(values.startsAt).toISOString() : '';
      return { kind: 'event', ...common, event: { startsAt, ...(place ? { place } : {}), ...(onlineUrl ? { onlineUrl } : {}) } };
    }
    case 'practice':
      return { kind: 'practice', ...common, practice: practiceOf(values) };
    default:
      return { kind: values.kind, ...common };
  }
};

/** `datetime-local` wants local time without a zone. */
const localDateTime = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export const valuesOf = (content: PostContent): PostFormValues => {
  const values = { ...emptyPostFormValues(content.kind), title: content.title, body: content.body, tags: [...content.tags] };
  if (content.kind === 'event') return { ...values, startsAt: localDateTime(content.event.startsAt), place: content.event.place ?? '', onlineUrl: content.event.onlineUrl ?? '' };
  if (content.kind !== 'practice') return values;
  const { practice } = content;
  return {
    ...values,
    practice: Object.fromEntries(practiceTextFields.map((field) => [field, practice[field] ?? ''])) as Record<PracticeTextField, string>,
    stage: practice.stage,
    tools: (practice.tools ?? []).join('\n'),
    links: (practice.links ?? []).map((link) => `${link.label} | ${link.url}`).join('\n'),
    coAuthors: (practice.coAuthors ?? []).join('\n'),
  };
};
