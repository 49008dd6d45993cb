import { useTranslation } from 'react-i18next';
import { type EntryEditing, entryEditing, newItem, type Stage } from '../utils/content-editing';
import { ItemFields } from './item-fields';
import { MoveButtons } from './move-buttons';
import { type ErrorOf, TextFields } from './text-fields';

interface StageFieldsProps extends EntryEditing<Stage> {
  stage: Stage;
  index: number;
  count: number;
  errorOf: ErrorOf;
}

/** One stage: its name, description and items, each movable and removable. */
export const StageFields = ({ stage, index, count, onChange, onMove, onRemove, errorOf }: StageFieldsProps) => {
  const { t } = useTranslation();
  const path = `stages.${index}`;
  const number = index + 1;
  const stageName = t('pathwayPublisher.editor.stage', { number });
  const setItems = (items: Stage['items']) => onChange({ ...stage, items });
  return (
    <li>
      <section className="publisher-card" aria-labelledby={`pp-stage-${stage.id}`}>
        <h3 id={`pp-stage-${stage.id}`}>{stageName}</h3>
        <TextFields path={`${path}.title`} legend={t('pathwayPublisher.editor.stageTitle')} value={stage.title} maxLength={140} errorOf={errorOf} onChange={(title) => onChange({ ...stage, title })} />
        <TextFields
          path={`${path}.description`}
          legend={t('pathwayPublisher.editor.stageDescription')}
          value={stage.description}
          maxLength={2000}
          multiline
          errorOf={errorOf}
          onChange={(description) => onChange({ ...stage, description })}
        />
        <h4>{t('pathwayPublisher.editor.items')}</h4>
        {stage.items.map((item, at) => (
          <ItemFields key={item.id} path={`${path}.items.${at}`} item={item} index={at} count={stage.items.length} errorOf={errorOf} {...entryEditing(stage.items, setItems, at)} />
        ))}
        <div className="publisher-actions">
          <button type="button" className="button button--secondary" disabled={stage.items.length >= 12} onClick={() => setItems([...stage.items, newItem()])}>
            {t('pathwayPublisher.editor.addItem', { number })}
          </button>
        </div>
        <MoveButtons name={stageName} index={index} count={count} onMove={onMove} onRemove={onRemove} removeLabel={t('pathwayPublisher.editor.removeStage', { number })} canRemove={count > 1} />
      </section>
    </li>
  );
};
