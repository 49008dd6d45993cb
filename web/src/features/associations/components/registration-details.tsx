import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailsList, type DetailsRow } from '../../../components/ui/details-list';
import { useLanguage } from '../../../i18n';
import type { AssociationRegistration } from '../api/associations';
import { RegistrationStatusBadge } from './registration-status-badge';

/** What the association told of itself, and where its registration stands; rows without a value are left out. */
export const RegistrationDetails = ({ tenant, registration }: { tenant: string; registration: AssociationRegistration }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const at = (iso: string) => when.format(new Date(iso));
  const { decidedAt, decidedByName, verifiedAt, organisationId, rejectionReason } = registration;
  const rows: Array<DetailsRow | false | undefined> = [
    { label: t('associations.detail.status'), value: <RegistrationStatusBadge status={registration.status} /> },
    registration.name.sv !== undefined && { label: t('associations.detail.nameSv'), value: <span lang="sv">{registration.name.sv}</span> },
    { label: t('associations.detail.businessId'), value: registration.businessId },
    { label: t('associations.detail.municipality'), value: <span lang="fi">{registration.municipality}</span> },
    { label: t('associations.detail.contactName'), value: registration.contactName },
    { label: t('associations.detail.contactEmail'), value: <span className="association-address">{registration.contactEmail}</span> },
    { label: t('associations.detail.language'), value: t(`associations.detail.languages.${registration.language}`) },
    { label: t('associations.detail.submitted'), value: at(registration.submittedAt) },
    verifiedAt !== undefined && { label: t('associations.detail.verified'), value: at(verifiedAt) },
    decidedAt !== undefined && { label: t('associations.detail.decided'), value: decidedByName ? t('associations.detail.decidedBy', { date: at(decidedAt), name: decidedByName }) : at(decidedAt) },
    rejectionReason !== undefined && { label: t('associations.detail.rejectionReason'), value: <span className="association-reason">{rejectionReason}</span> },
    organisationId !== undefined && {
      label: t('associations.detail.organisation'),
      value: <Link to={`/${tenant}/editor/organisations/${encodeURIComponent(organisationId)}`}>{t('associations.detail.openOrganisation')}</Link>,
    },
  ];
  return (
    <section aria-labelledby="association-details-heading">
      <h2 id="association-details-heading">{t('associations.detail.details')}</h2>
      <DetailsList rows={rows.filter((row): row is DetailsRow => Boolean(row))} />
    </section>
  );
};
