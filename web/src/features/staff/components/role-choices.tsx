import { useTranslation } from 'react-i18next';
import { type CountyRole, countyRoles } from '../api/staff';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';

interface RoleChoicesProps {
  id: string;
  legend: string;
  hint?: string | undefined;
  value: readonly CountyRole[];
  onChange: (roles: CountyRole[]) => void;
  error?: string | undefined;
}

/** The roles a coordinator may grant, each with a few words on what it lets the person do. */
export const RoleChoices = (props: RoleChoicesProps) => {
  const { t } = useTranslation();
  const options = countyRoles.map((role) => ({
    value: role,
    label: (
      <>
        {t(`roles.${role}`)} <span className="staff-choices__hint">– {t(`staff.roleHints.${role}`)}</span>
      </>
    ),
  }));
  return <CheckboxGroup {...props} options={options} className="staff-choices" />;
};
