import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/form-fields';

interface RetentionFieldProps {
  id: string;
  label: string;
  hint: string;
  limits: { min: number; max: number };
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** A number of days within the limits the API keeps; the form checks the value before saving. */
export const RetentionField = ({ id, label, hint, limits, value, error, onChange }: RetentionFieldProps) => (
  <TextField
    id={id}
    type="number"
    inputMode="numeric"
    min={limits.min}
    max={limits.max}
    className="field--short"
    label={label}
    hint={hint}
    value={value}
    error={error}
    required
    onChange={(event) => onChange(event.target.value)}
  />
);

/** A settings form's submit button, which says it is saving while it does; `focusOnMount` when it replaces the one just pressed. */
export const SaveButton = ({ saving, label, focusOnMount }: { saving: boolean; label: string; focusOnMount: boolean }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  // Only on mount: a form filled afresh replaced the button that had the focus.
  const focusFirst = useRef(focusOnMount);
  useEffect(() => {
    if (focusFirst.current) ref.current?.focus();
  }, []);
  return (
    <div className="form-actions">
      <button ref={ref} type="submit" className="button" disabled={saving}>
        {saving ? t('referralCoordination.settings.saving') : label}
      </button>
    </div>
  );
};
