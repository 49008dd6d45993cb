import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { apiErrorCode } from '../../../lib/trpc';
import { useStaffMember } from '../api/staff';
import { StaffAccessSection } from './staff-access-section';
import { type OrganisationName, StaffMemberDetails } from './staff-member-details';
import { StaffRolesSection } from './staff-roles-section';

interface StaffMemberPageProps {
  tenant: string;
  /** The county's name, for the document title. */
  tenantName: string;
  userId: string;
  /** The address an invitation just went to, when the invitation form opened this page. */
  invitedEmail: string | null;
  organisationName: OrganisationName;
}

/** One person: their details, their roles and their access, each changed at the version shown. */
export const StaffMemberPage = ({ tenant, tenantName, userId, invitedEmail, organisationName }: StaffMemberPageProps) => {
  const { t } = useTranslation();
  const details = useStaffMember(userId);
  const title = details.data?.member.displayName ?? t('staff.member.details');
  const reload = () => void details.refetch();
  return (
    <>
      <p className="back-link">
        <Link to={`/${tenant}/staff`}>{t('staff.invite.back')}</Link>
      </p>
      <PageHeading documentTitle={[title, t('staff.list.title'), tenantName]}>{title}</PageHeading>
      {invitedEmail && <Notice kind="info">{t('staff.member.invited', { email: invitedEmail })}</Notice>}
      {details.isPending && <Loading />}
      {details.isError && (apiErrorCode(details.error) === 'NOT_FOUND' ? <p>{t('staff.member.notFound')}</p> : <ErrorAlert error={details.error} onRetry={reload} />)}
      {details.data && (
        <>
          <StaffMemberDetails tenant={tenant} details={details.data} organisationName={organisationName} />
          <StaffRolesSection member={details.data.member} onReload={reload} />
          <StaffAccessSection member={details.data.member} onReload={reload} />
        </>
      )}
    </>
  );
};
