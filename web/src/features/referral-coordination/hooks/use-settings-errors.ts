import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/ui/form-fields';
import type { SettingsError } from '../utils/settings-form';

/** The settings form's errors in the UI language, each naming its type or unit for the error summary. */
export const useSettingsErrors = (limits: { min: number; max: number }, retentionLabel: string) => {
  const { t } = useTranslation();
  const fieldName = (error: SettingsError): string => {
    const label = error.field === 'retention' ? retentionLabel : t(`referralCoordination.settings.fields.${error.field}`);
    if (!error.owner) return label;
    const owner = error.owner.name || t(`referralCoordination.settings.${error.owner.kind === 'type' ? 'newType' : 'newUnit'}`);
    return `${owner} – ${label}`;
  };
  return (errors: readonly SettingsError[]): FormError[] =>
    errors.map((error) => ({ id: error.id, message: t(`referralCoordination.settings.errors.${error.problem}`, limits), field: fieldName(error) }));
};
