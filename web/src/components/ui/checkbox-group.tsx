import type { ReactNode } from 'react';
import { CheckboxList, type CheckboxOption, describedBy, FieldMessages } from './form-fields';

interface CheckboxGroupProps<Value extends string> {
  id: string;
  legend: string;
  hint?: string | undefined;
  options: ReadonlyArray<{ value: Value; label: ReactNode }>;
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  error?: string | undefined;
  /** The list's layout class, e.g. `check-columns`. */
  className?: string;
}

/** Choices as checkboxes in a fieldset with its legend, hint and error; the group takes the focus from an error summary. */
export const CheckboxGroup = <Value extends string>({ id, legend, hint, options, value, onChange, error, className = 'check-columns' }: CheckboxGroupProps<Value>) => {
  const checkboxes: Array<CheckboxOption<Value>> = options.map((option) => ({ ...option, checked: value.includes(option.value) }));
  return (
    <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy({ id, hint, error })}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <CheckboxList
        className={className}
        options={checkboxes}
        // Kept in the options' order, whichever is ticked first.
        onChange={(changed, checked) => onChange(options.map((option) => option.value).filter((candidate) => (candidate === changed ? checked : value.includes(candidate))))}
      />
    </fieldset>
  );
};
