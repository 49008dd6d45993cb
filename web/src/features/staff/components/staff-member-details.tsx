import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EditedOrganisation, StaffMemberDetails as Details } from '../api/staff';
import { useRoleLabels } from '../hooks/use-role-labels';
import { StaffStatusBadge } from './staff-status-badge';
import { DetailsList } from '../../../components/ui/details-list';

/** An organisation's name in the UI language, with the language it is in. */
export type OrganisationName = (name: EditedOrganisation['name']) => { text: string; lang: string };

/** A person's title, email, status, roles and the organisations they edit, each of those a link to its page. */
export const StaffMemberDetails = ({ tenant, details, organisationName }: { tenant: string; details: Details; organisationName: OrganisationName }) => {
  const { t } = useTranslation();
  const roleLabels = useRoleLabels();
  const { member, organisations } = details;
  const rows: Array<{ label: string; value: ReactNode }> = [
    { label: t('staff.member.jobTitle'), value: member.title ?? t('staff.member.notGiven') },
    { label: t('staff.member.email'), value: member.email ?? t('staff.member.notGiven') },
    { label: t('staff.member.status'), value: <StaffStatusBadge status={member.status} /> },
    { label: t('staff.member.roles'), value: roleLabels(member.roles) },
    {
      label: t('staff.member.organisations'),
      value:
        organisations.length === 0 ? (
          t('staff.member.none')
        ) : (
          <ul role="list" className="staff-organisations">
            {organisations.map((organisation) => {
              const name = organisationName(organisation.name);
              return (
                <li key={organisation.id}>
                  <Link to={`/${tenant}/editor/organisations/${encodeURIComponent(organisation.id)}`} lang={name.lang}>
                    {name.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        ),
    },
  ];
  return <DetailsList rows={rows} className="staff-details" />;
};
