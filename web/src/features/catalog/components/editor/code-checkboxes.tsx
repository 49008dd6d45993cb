import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../../i18n';
import type { VocabularyTerm } from '../../api/vocabularies';
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
  const { t } = useTranslation();
  const localized = useLocalized();
  const id = fieldIdOf(path);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} className={`fieldset${error ? ' field--error' : ''}`} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <ul role="list" className="check-columns">
        {terms.map((term) => (
          <li key={term.code}>
            <label className="check">
              <input
                type="checkbox"
                checked={value.includes(term.code)}
                onChange={(event) => onChange(event.target.checked ? [...value, term.code] : value.filter((code) => code !== term.code))}
              />
              <span>{localized(term.label)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
};
