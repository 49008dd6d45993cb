import { PageHeading } from '../../components/ui/page-heading';
import { RegisterPrompt } from '../../features/associations/components/register-prompt';
import { QuickSearch } from '../../features/catalog/components/search/quick-search';
import { TenantOverview } from '../../features/tenants/components/tenant-overview';
import { useLocalized } from '../../i18n';
import { useTenantRoute } from '../../lib/tenant-route';

/** `/:tenant/`: the county's home page, the activity search first. */
export const TenantHomeRoute = () => {
  const { tenant } = useTenantRoute();
  const name = useLocalized()(tenant.name);
  return (
    <>
      <PageHeading documentTitle={[name]}>{name}</PageHeading>
      <QuickSearch tenant={tenant.slug} />
      <TenantOverview tenant={tenant} />
      <RegisterPrompt tenant={tenant.slug} />
    </>
  );
};
