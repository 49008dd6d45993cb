import { useTranslation } from 'react-i18next';
import type { Role } from '../api/staff';

/** Roles by their names in the UI language, in the order given: `Ammattilainen, Linkkityöntekijä`. */
export const useRoleLabels = () => {
  const { t } = useTranslation();
  return (roles: readonly Role[]): string => roles.map((role) => t(`roles.${role}`)).join(', ');
};
