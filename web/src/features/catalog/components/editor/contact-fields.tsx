import { useTranslation } from 'react-i18next';
import { TextField } from '../../../../components/ui/form-fields';
import type { ContactValues } from '../../utils/activity-form-values';
import { fieldIdOf } from '../../utils/activity-form-validation';

const contactFields = [
  ['name', 'text'],
  ['phone', 'tel'],
  ['email', 'email'],
  ['website', 'url'],
] as const;

/** Contact details as a listing and an organisation both have them. */
export const ContactFields = ({ value, onChange, errorOf }: { value: ContactValues; onChange: (value: ContactValues) => void; errorOf: (path: string) => string | undefined }) => {
  const { t } = useTranslation();
  return contactFields.map(([key, type]) => (
    <TextField
      key={key}
      id={fieldIdOf(`contact.${key}`)}
      type={type}
      label={t(`catalog.editor.contact.${key}`)}
      hint={key === 'website' ? t('catalog.editor.websiteHint') : undefined}
      value={value[key]}
      error={errorOf(`contact.${key}`)}
      onChange={(event) => onChange({ ...value, [key]: event.target.value })}
    />
  ));
};
