import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxList, SelectField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import type { NetworkVocabulary, PostContent } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';
import { contentOf, type PostFormValues, practiceTextFields } from '../utils/post-form-values';

interface PostFormProps {
  initial: PostFormValues;
  /** A new post picks its kind; an edited one keeps it. */
  kindFixed: boolean;
  vocabulary: NetworkVocabulary;
  labels: NetworkLabels;
  busy: boolean;
  onSubmit: (content: PostContent) => void;
}

type Tag = PostContent['tags'][number];

const EventFields = ({ values, set }: { values: PostFormValues; set: (change: Partial<PostFormValues>) => void }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('network.form.eventLegend')}</legend>
      <TextField id="post-starts-at" type="datetime-local" label={t('network.form.startsAt')} required value={values.startsAt} onChange={(event) => set({ startsAt: event.target.value })} />
      <TextField id="post-place" label={t('network.form.place')} hint={t('network.form.placeHint')} value={values.place} onChange={(event) => set({ place: event.target.value })} />
      <TextField id="post-online-url" type="url" label={t('network.form.onlineUrl')} value={values.onlineUrl} onChange={(event) => set({ onlineUrl: event.target.value })} />
    </fieldset>
  );
};

const PracticeFields = ({ values, set, vocabulary, labels }: { values: PostFormValues; set: (change: Partial<PostFormValues>) => void; vocabulary: NetworkVocabulary; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('network.form.practiceLegend')}</legend>
      {practiceTextFields.map((field) => (
        <TextAreaField
          key={field}
          id={`practice-${field}`}
          label={t(`network.practice.${field}`)}
          required={field !== 'results'}
          rows={field === 'contact' ? 2 : 4}
          value={values.practice[field]}
          onChange={(event) => set({ practice: { ...values.practice, [field]: event.target.value } })}
        />
      ))}
      <SelectField id="practice-stage" label={t('network.practice.stage')} value={values.stage} onChange={(event) => set({ stage: event.target.value as PostFormValues['stage'] })}>
        {vocabulary.stages.map((stage) => (
          <option key={stage} value={stage}>
            {labels.stage(stage)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="practice-tools"
        label={t('network.practice.tools')}
        hint={t('network.form.onePerLine')}
        rows={3}
        value={values.tools}
        onChange={(event) => set({ tools: event.target.value })}
      />
      <TextAreaField
        id="practice-links"
        label={t('network.practice.links')}
        hint={t('network.form.linksHint')}
        rows={3}
        value={values.links}
        onChange={(event) => set({ links: event.target.value })}
      />
      <TextAreaField
        id="practice-co-authors"
        label={t('network.practice.coAuthors')}
        hint={t('network.form.coAuthorsHint')}
        rows={2}
        value={values.coAuthors}
        onChange={(event) => set({ coAuthors: event.target.value })}
      />
    </fieldset>
  );
};

/** One form for every kind of post; a practice gets the structured Innokylä fields. */
export const PostForm = ({ initial, kindFixed, vocabulary, labels, busy, onSubmit }: PostFormProps) => {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (change: Partial<PostFormValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(contentOf(values));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <SelectField id="post-kind" label={t('network.form.kind')} value={values.kind} disabled={kindFixed} onChange={(event) => set({ kind: event.target.value as PostFormValues['kind'] })}>
        {vocabulary.kinds.map((kind) => (
          <option key={kind} value={kind}>
            {labels.kind(kind)}
          </option>
        ))}
      </SelectField>
      <TextField id="post-title" label={t('network.form.title')} required value={values.title} onChange={(event) => set({ title: event.target.value })} />
      <TextAreaField id="post-body" label={t('network.form.body')} required value={values.body} onChange={(event) => set({ body: event.target.value })} />
      <fieldset className="filter-group">
        <legend>{t('network.post.tags')}</legend>
        <CheckboxList
          className="filter-group__options"
          options={vocabulary.tags.map((tag) => ({ value: tag.id as Tag, label: labels.tag(tag.id), checked: values.tags.includes(tag.id as Tag) }))}
          onChange={(value, checked) => set({ tags: checked ? [...values.tags, value] : values.tags.filter((tag) => tag !== value) })}
        />
      </fieldset>
      {values.kind === 'event' && <EventFields values={values} set={set} />}
      {values.kind === 'practice' && <PracticeFields values={values} set={set} vocabulary={vocabulary} labels={labels} />}
      <p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('network.form.saving') : t('network.form.save')}
        </button>
      </p>
    </form>
  );
};
