import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessages } from '../../../components/ui/form-fields';
import { configLimits, type ItemValues, type TypeValues, typeFieldId, unitFieldId } from '../utils/settings-form';
import { ConfigItemFields, useItemLegend } from './config-item-fields';

interface ReferralTypeFieldsProps {
  type: TypeValues;
  errorOf: (id: string) => string | undefined;
  onChange: (type: TypeValues, touched: string[]) => void;
  onAddUnit: () => void;
  onRemoveUnit: (unitIndex: number) => void;
  /** Only what has not been saved can be removed: saved types and units are taken out of use instead. */
  onRemove: (() => void) | null;
}

const RemoveButton = ({ kind, name, onRemove }: { kind: 'type' | 'unit'; name: string; onRemove: () => void }) => {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary button--small" onClick={onRemove}>
      {t(kind === 'type' ? 'referralCoordination.settings.removeType' : 'referralCoordination.settings.removeUnit')}
      <span className="visually-hidden">: {name}</span>
    </button>
  );
};

/** One referral type: its names and use, then its sending units, each a group of its own. */
export const ReferralTypeFields = ({ type, errorOf, onChange, onAddUnit, onRemoveUnit, onRemove }: ReferralTypeFieldsProps) => {
  const { t } = useTranslation();
  const legendOf = useItemLegend();
  const prefix = typeFieldId(type);
  const typeName = legendOf(type, 'type');
  const changeUnit = (unitIndex: number) => (unit: ItemValues, touched: string[]) => onChange({ ...type, units: type.units.map((old, at) => (at === unitIndex ? unit : old)) }, touched);
  const addUnitError = errorOf(`${prefix}-add-unit`);
  return (
    <fieldset className="fieldset settings-type">
      <legend>{typeName}</legend>
      <ConfigItemFields item={type} prefix={prefix} errorOf={errorOf} onChange={onChange} />
      <h3 className="settings-units-title">{t('referralCoordination.settings.fields.units')}</h3>
      <ul role="list" className="settings-units">
        {type.units.map((unit, unitIndex) => (
          <li key={unit.key}>
            <fieldset className="fieldset settings-unit">
              <legend>{legendOf(unit, 'unit')}</legend>
              <ConfigItemFields item={unit} prefix={unitFieldId(type, unit)} errorOf={errorOf} onChange={changeUnit(unitIndex)} />
              {!unit.saved && <RemoveButton kind="unit" name={legendOf(unit, 'unit')} onRemove={() => onRemoveUnit(unitIndex)} />}
            </fieldset>
          </li>
        ))}
      </ul>
      <FieldMessages id={`${prefix}-add-unit`} error={addUnitError} />
      <div className="form-actions">
        {type.units.length < configLimits.unitsPerType && (
          <button type="button" id={`${prefix}-add-unit`} className="button button--secondary" aria-describedby={describedBy({ id: `${prefix}-add-unit`, error: addUnitError })} onClick={onAddUnit}>
            {t('referralCoordination.settings.addUnit')}
            <span className="visually-hidden">: {typeName}</span>
          </button>
        )}
        {onRemove && <RemoveButton kind="type" name={typeName} onRemove={onRemove} />}
      </div>
    </fieldset>
  );
};
