import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/ui/form-fields';
import type { Text } from '../utils/content-editing';
import { fieldIdOf } from '../utils/issue-paths';

export type ErrorOf = (path: string) => string | undefined;

interface TextFieldsProps {
  /** The content path (`title`, `stages.0.description`). */
  path: string;
  legend: string;
  value: Text;
  onChange: (value: Text) => void;
  errorOf: ErrorOf;
  multiline?: boolean;
  maxLength: number;
}

const languages = ['fi', 'sv', 'en'] as const;

/** A pathway text in Finnish, Swedish and English; all three show, since publishing needs them. */
export const TextFields = ({ path, legend, value, onChange, errorOf, multiline, maxLength }: TextFieldsProps) => {
  const { t } = useTranslation();
  const Field = multiline ? TextAreaField : TextField;
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {languages.map((language) => (
        <Field
          key={language}
          id={fieldIdOf(`${path}.${language}`)}
          label={t(`pathwayPublisher.editor.in.${language}`)}
          required={language === 'fi'}
          lang={language}
          rows={multiline ? 3 : undefined}
          maxLength={maxLength}
          value={value[language] ?? ''}
          error={errorOf(`${path}.${language}`) ?? (language === 'fi' ? errorOf(path) : undefined)}
          onChange={(event: { target: { value: string } }) => onChange({ ...value, [language]: event.target.value })}
        />
      ))}
    </fieldset>
  );
};
