import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/form-fields';
import { useSettingsErrors } from '../hooks/use-settings-errors';
import {
  type ConfigFormValues,
  configLimits,
  newItem,
  newType,
  type ReferralConfigValue,
  referralConfigOf,
  referralRetentionId,
  referralRetentionLimits,
  type SettingsError,
  type TypeValues,
  typeFieldId,
  unitFieldId,
  validateConfigForm,
} from '../utils/settings-form';
import { ReferralTypeFields } from './referral-type-fields';
import { RetentionField, SaveButton } from './settings-fields';

interface ReferralConfigFormProps {
  initial: ConfigFormValues;
  saving: boolean;
  /** Filled afresh after a save or a reload (not on first opening). */
  refilled: boolean;
  /** What came of the last save, shown beside the button. */
  outcome: ReactNode;
  onSave: (config: ReferralConfigValue) => void;
}

const addTypeId = 'settings-add-type';

/** Moves the focus to a field added by the last change, once it is on the page. */
const useFocusAfterRender = () => {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
};

/** The county's referral types with their sending units, and the retention of closed referrals, saved together. */
export const ReferralConfigForm = ({ initial, saving, refilled, outcome, onSave }: ReferralConfigFormProps) => {
  const { t } = useTranslation();
  const retentionLabel = t('referralCoordination.settings.retention.label');
  const formErrors = useSettingsErrors(referralRetentionLimits, retentionLabel);
  const focusNext = useFocusAfterRender();
  const nextKey = useRef(0);
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<SettingsError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errors = formErrors(problems);
  const errorOf = (id: string) => errors.find((error) => error.id === id)?.message;
  const newKey = () => `new-${(nextKey.current += 1)}`;
  /** The errors of a type's or unit's fields, its units' included, by the start of their ids. */
  const errorIdsOf = (prefix: string) => problems.map((problem) => problem.id).filter((id) => id.startsWith(`${prefix}-`) || id.startsWith(`${prefix}_`));

  // A field the coordinator changed no longer shows its old error; the rest stay until the next save.
  const change = (update: (current: ConfigFormValues) => ConfigFormValues, touched: string[]) => {
    setValues(update);
    setProblems((current) => current.filter((problem) => !touched.includes(problem.id)));
  };
  const changeType = (index: number) => (type: TypeValues, touched: string[]) => change((current) => ({ ...current, types: current.types.map((old, at) => (at === index ? type : old)) }), touched);
  const addUnit = (index: number) => () => {
    const type = values.types[index];
    if (!type) return;
    const unit = newItem(newKey());
    changeType(index)({ ...type, units: [...type.units, unit] }, [`${typeFieldId(type)}-add-unit`]);
    focusNext(`${unitFieldId(type, unit)}-name-fi`);
  };
  const addType = () => {
    const type = newType(newKey());
    change((current) => ({ ...current, types: [...current.types, type] }), []);
    focusNext(`${typeFieldId(type)}-name-fi`);
  };
  // What is removed had the focus: it moves to the button that would add it again.
  const removeUnit = (index: number) => (unitIndex: number) => {
    const type = values.types[index];
    if (!type) return;
    const unit = type.units[unitIndex];
    changeType(index)({ ...type, units: type.units.filter((_, at) => at !== unitIndex) }, unit ? errorIdsOf(unitFieldId(type, unit)) : []);
    focusNext(`${typeFieldId(type)}-add-unit`);
  };
  const removeType = (index: number) => () => {
    const type = values.types[index];
    change((current) => ({ ...current, types: current.types.filter((_, at) => at !== index) }), type ? errorIdsOf(typeFieldId(type)) : []);
    focusNext(addTypeId);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateConfigForm(values);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) onSave(referralConfigOf(values));
  };

  return (
    <form className="form settings-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <p className="hint">{t('referralCoordination.settings.namesHint')}</p>
      {values.types.map((type, index) => (
        <ReferralTypeFields
          key={type.key}
          type={type}
          errorOf={errorOf}
          onChange={changeType(index)}
          onAddUnit={addUnit(index)}
          onRemoveUnit={removeUnit(index)}
          onRemove={type.saved ? null : removeType(index)}
        />
      ))}
      {values.types.length < configLimits.types && (
        <button type="button" id={addTypeId} className="button button--secondary" onClick={addType}>
          {t('referralCoordination.settings.addType')}
        </button>
      )}
      <h3 className="settings-retention-title">{t('referralCoordination.settings.retention.heading')}</h3>
      <RetentionField
        id={referralRetentionId}
        label={retentionLabel}
        hint={t('referralCoordination.settings.retention.hint', referralRetentionLimits)}
        limits={referralRetentionLimits}
        value={values.retentionDays}
        error={errorOf(referralRetentionId)}
        onChange={(retentionDays) => change((current) => ({ ...current, retentionDays }), [referralRetentionId])}
      />
      <SaveButton saving={saving} focusOnMount={refilled} label={t('referralCoordination.settings.saveReferrals')} />
      {outcome}
    </form>
  );
};
