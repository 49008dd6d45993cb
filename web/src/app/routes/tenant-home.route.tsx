import { PageHeading } from '../../components/ui/page-heading';
import { TenantOverview } from '../../features/tenants/components/tenant-overview';
import { useLocalized } from '../../i18n';
import { useTenantRoute } from './tenant-context';

/** `/:tenant/`: the county's home page. */
export const TenantHomeRoute = () => {
  const { tenant } = useTenantRoute();
  const name = useLocalized()(tenant.name);
  return (
    <>
      <PageHeading documentTitle={[name]}>{name}</PageHeading>
      <TenantOverview tenant={tenant} />
    </>
  );
};
