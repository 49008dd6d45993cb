import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CountyRole, isCountyRole, type StaffMember, useSetStaffRoles } from '../api/staff';
import { useStaffChange } from '../hooks/use-staff-change';
import { RoleChoices } from './role-choices';
import { StaffChangeOutcome } from './staff-change-outcome';

const countyRolesOf = (member: StaffMember): CountyRole[] => member.roles.filter(isCountyRole);
const fieldId = 'staff-roles';

/**
 * A person's roles, saved at the version shown: a change someone made meanwhile is refused, and the
 * ticked roles stay until the user reloads. The form follows the person when a new version comes.
 */
export const StaffRolesSection = ({ member, onReload }: { member: StaffMember; onReload: () => void }) => {
  const { t } = useTranslation();
  const setRoles = useSetStaffRoles();
  const change = useStaffChange();
  const [chosen, setChosen] = useState(() => countyRolesOf(member));
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => setChosen(countyRolesOf(member)), [member]);
  const choose = (roles: CountyRole[]) => {
    setChosen(roles);
    setProblem(undefined);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setProblem(t('staff.errors.roles'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    void change.run(() => setRoles.mutateAsync({ userId: member.userId, expectedVersion: member.version, roles: chosen }), t('staff.roles.saved'));
  };
  const reload = () => {
    change.reset();
    onReload();
  };
  const newEditor = chosen.includes('orgEditor') && !member.roles.includes('orgEditor');
  return (
    <section className="form-section" aria-labelledby="staff-roles-heading">
      <h2 id="staff-roles-heading">{t('staff.roles.title')}</h2>
      <p>{t('staff.roles.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <RoleChoices id={fieldId} legend={t('staff.roles.legend')} hint={newEditor ? t('staff.roles.orgEditorHint') : undefined} value={chosen} onChange={choose} error={problem} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.busy}>
            {change.busy ? t('staff.roles.saving') : t('staff.roles.save')}
          </button>
        </div>
      </form>
      <StaffChangeOutcome change={change} failedTitle={t('staff.roles.failed')} onReload={reload} />
    </section>
  );
};
