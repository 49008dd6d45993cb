import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { LinkWorkerTable } from './link-worker-table';
import { UnassignedReferrals } from './unassigned-referrals';

/** `/:tenant/coordination`: referrals waiting for a link worker, and the link workers. */
export const CoordinationHome = () => {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const title = t('referralCoordination.nav');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <nav aria-label={t('referralCoordination.home.pages')}>
        <ul className="coordination-links">
          <li><Link to={`/${tenant}/coordination/reports`}>{t('referralCoordination.reports.title')}</Link></li>
        </ul>
      </nav>
      <UnassignedReferrals tenant={tenant} />
      <LinkWorkerTable tenant={tenant} />
    </>
  );
};
