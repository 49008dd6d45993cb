import { CheckboxList, describedBy, FieldMessages } from '../../../components/ui/form-fields';

interface CodeChoicesProps<Code extends string> {
  id: string;
  legend: string;
  hint?: string;
  codes: readonly Code[];
  labelOf: (code: Code) => string;
  value: readonly Code[];
  onChange: (value: Code[]) => void;
  error?: string | undefined;
  /** Codes that stay chosen (consent to processing the referral itself). */
  locked?: readonly Code[];
}

/** A code list as checkboxes in a fieldset; the group takes the focus from the error summary. */
export const CodeChoices = <Code extends string>({ id, legend, hint, codes, labelOf, value, onChange, error, locked = [] }: CodeChoicesProps<Code>) => (
  <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy({ id, hint, error })}>
    <legend>{legend}</legend>
    <FieldMessages id={id} hint={hint} error={error} />
    <CheckboxList
      className="check-columns"
      options={codes.map((code) => ({ value: code, label: labelOf(code), checked: value.includes(code) || locked.includes(code) }))}
      onChange={(code, checked) => {
        if (locked.includes(code)) return;
        onChange(checked ? [...value, code] : value.filter((candidate) => candidate !== code));
      }}
    />
  </fieldset>
);
