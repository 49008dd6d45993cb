import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { LinkWorkerTable } from './link-worker-table';
import { UnassignedReferrals } from './unassigned-referrals';

/** `/:tenant/coordination`: referrals waiting for a link worker, and the link workers; the other pages are in the sub-navigation. */
export const CoordinationHome = () => {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const title = t('referralCoordination.nav');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <UnassignedReferrals tenant={tenant} />
      <LinkWorkerTable tenant={tenant} />
    </>
  );
};
