import type { ReactNode } from 'react';
import { CheckboxList, describedBy, FieldMessages } from '../../../components/ui/form-fields';

interface ChoiceGroupProps<Value extends string> {
  id: string;
  legend: string;
  hint?: string | undefined;
  options: ReadonlyArray<{ value: Value; label: ReactNode }>;
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  error?: string | undefined;
}

/** Checkboxes in a fieldset with its legend, hint and error; the group takes the focus from an error summary. */
export const ChoiceGroup = <Value extends string>({ id, legend, hint, options, value, onChange, error }: ChoiceGroupProps<Value>) => (
  <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy({ id, hint, error })}>
    <legend>{legend}</legend>
    <FieldMessages id={id} hint={hint} error={error} />
    <CheckboxList
      className="staff-choices"
      options={options.map((option) => ({ ...option, checked: value.includes(option.value) }))}
      onChange={(changed, checked) => onChange(checked ? [...value, changed] : value.filter((candidate) => candidate !== changed))}
    />
  </fieldset>
);
