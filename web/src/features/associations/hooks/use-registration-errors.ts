import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/ui/form-fields';
import { type RegistrationField, type RegistrationFormProblem, registrationFieldId } from '../utils/registration-form';

/** The registration form's problems in the UI language, each naming its field for the error summary. */
export const useRegistrationErrors = () => {
  const { t } = useTranslation();
  // The consent's message says what it is about; its label is too long to repeat in the summary.
  const fieldNames: Record<Exclude<RegistrationField, 'consent'>, string> = {
    nameFi: t('associations.register.nameFi'),
    nameSv: t('associations.register.nameSv'),
    businessId: t('associations.register.businessId'),
    municipality: t('associations.register.municipality'),
    contactName: t('associations.register.contactName'),
    contactEmail: t('associations.register.contactEmail'),
  };
  return (problems: readonly RegistrationFormProblem[]): FormError[] =>
    problems.map(({ field, problem }) => ({ id: registrationFieldId(field), message: t(`associations.register.errors.${problem}`), field: field === 'consent' ? undefined : fieldNames[field] }));
};
