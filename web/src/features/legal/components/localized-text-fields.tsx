import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/ui/form-fields';
import { languages, type LocalizedText } from '../../../i18n';

/** One legal text in Finnish, Swedish and English, grouped under its name. */
export const LocalizedTextFields = ({ id, legend, value, onChange }: { id: string; legend: string; value: LocalizedText; onChange: (next: LocalizedText) => void }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {languages.map((language) => (
        <TextAreaField
          key={language}
          id={`${id}-${language}`}
          lang={language}
          label={`${legend} ${t(`legal.editor.language.${language}`)}`}
          value={value[language]}
          onChange={(event) => onChange({ ...value, [language]: event.target.value })}
          required
          maxLength={5000}
          rows={4}
        />
      ))}
    </fieldset>
  );
};
