import { CheckboxList, type CheckboxOption, describedBy, FieldMessages } from '../../../components/ui/form-fields';

interface CheckboxGroupProps<Value extends string> {
  id: string;
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  error?: string | undefined;
}

/** Choices as checkboxes in a fieldset with its legend, hint and error; the group takes the focus from the error summary. */
export const CheckboxGroup = <Value extends string>({ id, legend, hint, options, value, onChange, error }: CheckboxGroupProps<Value>) => {
  const checkboxes: Array<CheckboxOption<Value>> = options.map((option) => ({ ...option, checked: value.includes(option.value) }));
  return (
    <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy({ id, hint, error })}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <CheckboxList
        className="check-columns"
        options={checkboxes}
        // Kept in the options' order, whichever is ticked first.
        onChange={(changed, checked) => onChange(options.map((option) => option.value).filter((candidate) => (candidate === changed ? checked : value.includes(candidate))))}
      />
    </fieldset>
  );
};
