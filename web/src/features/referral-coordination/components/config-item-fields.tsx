import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../components/ui/form-fields';
import { useLanguage } from '../../../i18n/use-language';
import { type ItemValues, languagesOfNames, renamed } from '../utils/settings-form';

interface ConfigItemFieldsProps<Item extends ItemValues> {
  item: Item;
  /** The start of the ids of this item's fields. */
  prefix: string;
  errorOf: (id: string) => string | undefined;
  onChange: (item: Item, touched: string[]) => void;
}

/** The name of a type or unit in each language, its id while it is new, and whether it is offered on new referrals. */
export const ConfigItemFields = <Item extends ItemValues>({ item, prefix, errorOf, onChange }: ConfigItemFieldsProps<Item>) => {
  const { t } = useTranslation();
  const id = (field: string) => `${prefix}-${field}`;
  return (
    <>
      <div className="settings-names">
        {languagesOfNames.map((language) => (
          <TextField
            key={language}
            id={id(`name-${language}`)}
            label={t(`referralCoordination.settings.name.${language}`)}
            value={item.name[language]}
            lang={language}
            maxLength={120}
            required={language === 'fi'}
            error={errorOf(id(`name-${language}`))}
            onChange={(event) => onChange(renamed(item, { ...item.name, [language]: event.target.value }), [id(`name-${language}`), id('id')])}
          />
        ))}
      </div>
      {!item.saved && (
        <TextField
          id={id('id')}
          className="field--id"
          label={t('referralCoordination.settings.fields.id')}
          hint={t('referralCoordination.settings.idHint')}
          value={item.id}
          maxLength={40}
          spellCheck={false}
          autoCapitalize="none"
          required
          error={errorOf(id('id'))}
          onChange={(event) => onChange({ ...item, id: event.target.value, idEdited: true }, [id('id')])}
        />
      )}
      <CheckboxField
        id={id('active')}
        label={t('referralCoordination.settings.active')}
        checked={item.active}
        error={errorOf(id('active'))}
        onChange={(event) => onChange({ ...item, active: event.target.checked }, [])}
      />
    </>
  );
};

/** A type's or unit's legend: its name in the UI language (Finnish while the others are empty), and whether it is out of use. */
export const useItemLegend = () => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (item: ItemValues, kind: 'type' | 'unit'): string => {
    const name = item.name[language].trim() || item.name.fi.trim() || t(`referralCoordination.settings.${kind === 'type' ? 'newType' : 'newUnit'}`);
    return item.active ? name : t('referralCoordination.settings.inactiveName', { name });
  };
};
