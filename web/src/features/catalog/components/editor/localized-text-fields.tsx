import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../../components/ui/form-fields';
import type { TextValues } from '../../utils/activity-form-values';
import { fieldIdOf } from '../../utils/activity-form-validation';

interface LocalizedTextFieldsProps {
  /** The content path (`title`, `cost.description`). */
  path: string;
  legend: string;
  hint?: string;
  value: TextValues;
  onChange: (value: TextValues) => void;
  errorOf: (path: string) => string | undefined;
  required?: boolean;
  multiline?: boolean;
  maxLength: number;
}

const translations = ['sv', 'en'] as const;

/**
 * A listing text in Finnish (required when the text is) with the Swedish and English versions
 * behind a disclosure that opens by itself when they have text or an error.
 */
export const LocalizedTextFields = ({ path, legend, hint, value, onChange, errorOf, required, multiline, maxLength }: LocalizedTextFieldsProps) => {
  const { t } = useTranslation();
  const Field = multiline ? TextAreaField : TextField;
  const field = (language: 'fi' | 'sv' | 'en') => ({
    id: fieldIdOf(`${path}.${language}`),
    value: value[language],
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [language]: event.target.value }),
    maxLength,
    lang: language,
  });
  const translationOpen = translations.some((language) => value[language] !== '' || errorOf(`${path}.${language}`));
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <Field {...field('fi')} label={t('catalog.editor.inFinnish')} required={required} error={errorOf(`${path}.fi`) ?? errorOf(path)} />
      <details className="translations disclosure" open={translationOpen || undefined}>
        <summary>{t('catalog.editor.translations')}</summary>
        {translations.map((language) => (
          <Field key={language} {...field(language)} label={t(`catalog.editor.in.${language}`)} error={errorOf(`${path}.${language}`)} />
        ))}
      </details>
    </fieldset>
  );
};
