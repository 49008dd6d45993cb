import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/form-fields';
import { usePathwayVocabulary } from '../api/publisher';
import { entryEditing, newStage, type PathwayContent } from '../utils/content-editing';
import { fieldIdOf } from '../utils/issue-paths';
import { StageFields } from './stage-fields';
import { type ErrorOf, TextFields } from './text-fields';

interface DraftFormProps {
  content: PathwayContent;
  onChange: (content: PathwayContent) => void;
  onSave: () => void;
  saving: boolean;
  errorOf: ErrorOf;
}

/** The draft's content: target group, name, introduction and the ordered stages. */
export const DraftForm = ({ content, onChange, onSave, saving, errorOf }: DraftFormProps) => {
  const { t } = useTranslation();
  const vocabulary = usePathwayVocabulary().data;
  const setStages = (stages: PathwayContent['stages']) => onChange({ ...content, stages });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form onSubmit={submit} noValidate>
      <SelectField
        id={fieldIdOf('targetGroup')}
        label={t('pathwayPublisher.editor.targetGroup')}
        value={content.targetGroup}
        error={errorOf('targetGroup')}
        onChange={(event) => onChange({ ...content, targetGroup: event.target.value as PathwayContent['targetGroup'] })}
      >
        {(vocabulary?.targetGroups ?? [content.targetGroup]).map((code) => (
          <option key={code} value={code}>
            {t(`pathways.targetGroups.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextFields path="title" legend={t('pathwayPublisher.editor.pathwayTitle')} value={content.title} maxLength={140} errorOf={errorOf} onChange={(title) => onChange({ ...content, title })} />
      <TextFields
        path="introduction"
        legend={t('pathwayPublisher.editor.introduction')}
        value={content.introduction}
        maxLength={3000}
        multiline
        errorOf={errorOf}
        onChange={(introduction) => onChange({ ...content, introduction })}
      />
      <h2 id={fieldIdOf('stages')}>{t('pathwayPublisher.editor.stages')}</h2>
      <ol className="publisher-list">
        {content.stages.map((stage, at) => (
          <StageFields key={stage.id} stage={stage} index={at} count={content.stages.length} errorOf={errorOf} {...entryEditing(content.stages, setStages, at)} />
        ))}
      </ol>
      <div className="publisher-actions">
        <button type="button" className="button button--secondary" disabled={content.stages.length >= 12} onClick={() => setStages([...content.stages, newStage()])}>
          {t('pathwayPublisher.editor.addStage')}
        </button>
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('pathwayPublisher.editor.saving') : t('pathwayPublisher.editor.save')}
        </button>
      </div>
    </form>
  );
};
