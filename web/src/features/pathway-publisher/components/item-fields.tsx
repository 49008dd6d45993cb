import { useTranslation } from 'react-i18next';
import { CheckboxField, CheckboxList, SelectField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { usePathwayVocabulary } from '../api/publisher';
import { type EntryEditing, type StageItem, toggleCode } from '../utils/content-editing';
import { fieldIdOf } from '../utils/issue-paths';
import { useText } from '../utils/use-text';
import { MoveButtons } from './move-buttons';
import { type ErrorOf, TextFields } from './text-fields';

interface ItemFieldsProps extends EntryEditing<StageItem> {
  path: string;
  item: StageItem;
  index: number;
  count: number;
  errorOf: ErrorOf;
}

/** One item of a stage: what it is, who provides it, in which languages and at what cost. */
export const ItemFields = ({ path, item, index, count, onChange, onMove, onRemove, errorOf }: ItemFieldsProps) => {
  const { t } = useTranslation();
  const text = useText();
  const vocabulary = usePathwayVocabulary().data;
  const name = text(item.title) || t('pathwayPublisher.editor.item', { number: index + 1 });
  const id = (field: string) => fieldIdOf(`${path}.${field}`);
  return (
    <fieldset className="fieldset publisher-card">
      <legend>{t('pathwayPublisher.editor.item', { number: index + 1 })}</legend>
      <SelectField
        id={id('kind')}
        label={t('pathwayPublisher.editor.kind')}
        value={item.kind}
        error={errorOf(`${path}.kind`)}
        onChange={(event) => onChange({ ...item, kind: event.target.value as StageItem['kind'] })}
      >
        {(vocabulary?.itemKinds ?? [item.kind]).map((code) => (
          <option key={code} value={code}>
            {t(`pathways.itemKinds.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextFields path={`${path}.title`} legend={t('pathwayPublisher.editor.itemTitle')} value={item.title} maxLength={140} errorOf={errorOf} onChange={(title) => onChange({ ...item, title })} />
      <TextAreaField
        id={id('description.fi')}
        label={t('pathwayPublisher.editor.itemDescription')}
        rows={2}
        maxLength={1000}
        value={item.description?.fi ?? ''}
        error={errorOf(`${path}.description.fi`)}
        onChange={(event) => onChange({ ...item, description: { ...item.description, fi: event.target.value } })}
      />
      <SelectField
        id={id('providerKind')}
        label={t('pathwayPublisher.editor.providerKind')}
        value={item.providerKind}
        error={errorOf(`${path}.providerKind`)}
        onChange={(event) => onChange({ ...item, providerKind: event.target.value as StageItem['providerKind'] })}
      >
        {(vocabulary?.providerKinds ?? [item.providerKind]).map((code) => (
          <option key={code} value={code}>
            {t(`pathways.providerKinds.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id('providerName')}
        label={t('pathwayPublisher.editor.providerName')}
        required
        maxLength={120}
        value={item.providerName}
        error={errorOf(`${path}.providerName`)}
        onChange={(event) => onChange({ ...item, providerName: event.target.value })}
      />
      <TextField
        id={id('url')}
        type="url"
        label={t('pathwayPublisher.editor.url')}
        value={item.url ?? ''}
        error={errorOf(`${path}.url`)}
        onChange={(event) => onChange({ ...item, url: event.target.value })}
      />
      <fieldset className="fieldset" aria-describedby={errorOf(`${path}.languages`) ? `${id('languages')}-error` : undefined}>
        <legend>{t('pathwayPublisher.editor.languages')}</legend>
        {errorOf(`${path}.languages`) && (
          <p id={`${id('languages')}-error`} className="field__error">
            {errorOf(`${path}.languages`)}
          </p>
        )}
        <CheckboxList
          className="check-columns"
          options={(vocabulary?.languages ?? item.languages).map((code) => ({ value: code, label: t(`pathwayPublisher.languages.${code}`), checked: item.languages.includes(code) }))}
          onChange={(code, on) => onChange({ ...item, languages: toggleCode(item.languages, code, on) })}
        />
      </fieldset>
      <CheckboxField
        id={id('cost.free')}
        label={t('pathwayPublisher.editor.costFree')}
        checked={item.cost.free}
        onChange={(event) => onChange({ ...item, cost: { ...item.cost, free: event.target.checked } })}
      />
      <TextField
        id={id('cost.description.fi')}
        label={t('pathwayPublisher.editor.costDescription')}
        maxLength={300}
        value={item.cost.description?.fi ?? ''}
        error={errorOf(`${path}.cost.description.fi`)}
        onChange={(event) => onChange({ ...item, cost: { ...item.cost, description: { ...item.cost.description, fi: event.target.value } } })}
      />
      <MoveButtons name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} removeLabel={t('pathwayPublisher.editor.removeItem', { name })} />
    </fieldset>
  );
};
