import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useMyOrganisations } from '../../features/catalog/api/organisations';
import { useListingFormat } from '../../lib/use-listing-format';
import { InviteForm, type OrganisationChoices } from '../../features/staff/components/invite-form';
import { StaffAuditTrail } from '../../features/staff/components/staff-audit-trail';
import { StaffList } from '../../features/staff/components/staff-list';
import { StaffMemberPage } from '../../features/staff/components/staff-member-page';
import { useLocalized } from '../../i18n';
import { useTenantRoute } from '../../lib/tenant-route';

/** The page's heading, titled for the county too. */
const StaffHeading = ({ title }: { title: string }) => {
  const { tenant } = useTenantRoute();
  const localized = useLocalized();
  return <PageHeading documentTitle={[title, localized(tenant.name)]}>{title}</PageHeading>;
};

/** `/:tenant/staff`: the county's people, searched by name (coordinators). */
export const StaffListRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  return (
    <>
      <StaffHeading title={t('staff.list.title')} />
      <p>{t('staff.list.intro')}</p>
      <p>
        <Link className="button" to={`/${tenant.slug}/staff/invite`}>
          {t('staff.list.invite')}
        </Link>
      </p>
      <StaffList tenant={tenant.slug} />
    </>
  );
};

/** The county's organisations for an editor's invitation, named in the UI language. */
const useOrganisationChoices = (): OrganisationChoices => {
  const organisations = useMyOrganisations();
  const format = useListingFormat();
  return {
    items: organisations.data?.map((organisation) => {
      const name = format.text(organisation.name);
      return { id: organisation.id, name: name.text, lang: name.lang };
    }),
    error: organisations.error,
    retry: () => void organisations.refetch(),
  };
};

/** `/:tenant/staff/invite`: a colleague's invitation (coordinators). */
export const InviteStaffRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const organisations = useOrganisationChoices();
  return (
    <>
      <p className="back-link">
        <Link to={`/${tenant.slug}/staff`}>{t('staff.invite.back')}</Link>
      </p>
      <StaffHeading title={t('staff.invite.title')} />
      <p>{t('staff.invite.intro')}</p>
      <InviteForm tenant={tenant.slug} organisations={organisations} />
    </>
  );
};

const invitedEmailOf = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as Record<string, unknown>).invited === 'string' ? ((state as Record<string, string>).invited ?? null) : null;

/** `/:tenant/staff/:userId`: one person, their roles and access (coordinators). */
export const StaffMemberRoute = () => {
  const { tenant } = useTenantRoute();
  const { userId = '' } = useParams();
  const state: unknown = useLocation().state;
  const localized = useLocalized();
  const format = useListingFormat();
  return <StaffMemberPage key={userId} tenant={tenant.slug} tenantName={localized(tenant.name)} userId={userId} invitedEmail={invitedEmailOf(state)} organisationName={format.text} />;
};

/** `/:tenant/staff/audit`: who changed the county's people and how (coordinators). */
export const StaffAuditRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  return (
    <>
      <StaffHeading title={t('staff.audit.title')} />
      <p>{t('staff.audit.intro')}</p>
      <StaffAuditTrail tenant={tenant.slug} />
    </>
  );
};
