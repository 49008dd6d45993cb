import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/form-fields';

interface CodeSelectProps<Code extends string> {
  id: string;
  label: string;
  error: string | undefined;
  codes: readonly Code[];
  labelOf: (code: Code) => string;
  value: Code | '';
  onChange: (code: Code) => void;
}

/** A required choice among codes, starting at "Choose"; each code shown by its label. */
export const CodeSelect = <Code extends string>({ id, label, error, codes, labelOf, value, onChange }: CodeSelectProps<Code>) => {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={label} required error={error} value={value} onChange={(event) => onChange(event.target.value as Code)}>
      <option value="">{t('linkWork.choose')}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {labelOf(code)}
        </option>
      ))}
    </SelectField>
  );
};
