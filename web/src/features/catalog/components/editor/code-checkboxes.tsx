import { CheckboxList, describedBy, FieldMessages } from '../../../../components/ui/form-fields';
import { useLocalized } from '../../../../i18n';
import type { VocabularyTerm } from '../../../../lib/vocabularies';
import { fieldIdOf } from '../../utils/activity-form-validation';

interface CodeCheckboxesProps<Code extends string> {
  path: string;
  legend: string;
  hint?: string;
  terms: ReadonlyArray<VocabularyTerm<Code>>;
  value: Code[];
  onChange: (value: Code[]) => void;
  error?: string | undefined;
}

/** A vocabulary as a group of checkboxes; the group takes the focus from the error summary. */
export const CodeCheckboxes = <Code extends string>({ path, legend, hint, terms, value, onChange, error }: CodeCheckboxesProps<Code>) => {
  const localized = useLocalized();
  const id = fieldIdOf(path);
  return (
    <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy({ id, hint, error })}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <CheckboxList
        className="check-columns"
        options={terms.map((term) => ({ value: term.code, label: localized(term.label), checked: value.includes(term.code) }))}
        onChange={(code, checked) => onChange(checked ? [...value, code] : value.filter((candidate) => candidate !== code))}
      />
    </fieldset>
  );
};
