import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import { useCreateDraft, usePathwayVocabulary } from '../api/publisher';
import { minimalContent, type PathwayContent } from '../utils/content-editing';
import { usePublisherBase } from './publisher-layout';

/** Starts a draft with the least the API takes (a name and one stage); the rest is written in the editor. */
export const NewDraftForm = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = usePublisherBase();
  const vocabulary = usePathwayVocabulary();
  const create = useCreateDraft();
  // One id per form: a retry after a lost answer returns the same draft.
  const [requestId] = useState(() => crypto.randomUUID());
  const [targetGroup, setTargetGroup] = useState<PathwayContent['targetGroup']>('type2Risk');
  const [title, setTitle] = useState('');
  const [stageTitle, setStageTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const content = minimalContent(targetGroup, title, stageTitle);
    create.mutate({ requestId, content }, { onSuccess: (draft) => void navigate(`${base}/${draft.id}`) });
  };
  return (
    <form className="publisher-card" onSubmit={submit} aria-labelledby="pp-new-heading">
      <h2 id="pp-new-heading">{t('pathwayPublisher.create.heading')}</h2>
      <SelectField id="pp-new-target" label={t('pathwayPublisher.editor.targetGroup')} value={targetGroup} onChange={(event) => setTargetGroup(event.target.value as PathwayContent['targetGroup'])}>
        {(vocabulary.data?.targetGroups ?? [targetGroup]).map((code) => (
          <option key={code} value={code}>
            {t(`pathways.targetGroups.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="pp-new-title" label={t('pathwayPublisher.create.title')} required value={title} maxLength={140} onChange={(event) => setTitle(event.target.value)} />
      <TextField id="pp-new-stage" label={t('pathwayPublisher.create.stageTitle')} required value={stageTitle} maxLength={140} onChange={(event) => setStageTitle(event.target.value)} />
      {create.error && <ErrorAlert error={create.error} title={t('pathwayPublisher.create.failed')} />}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('pathwayPublisher.create.submit')}
      </button>
    </form>
  );
};
