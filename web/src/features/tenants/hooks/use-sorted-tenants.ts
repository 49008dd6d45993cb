import { useMemo } from 'react';
import { useLanguage } from '../../../i18n';
import type { Tenant } from '../../../lib/tenants';

/** Counties that have left the platform: neither in use nor coming later. */
const hasLeft = (tenant: Tenant): boolean => tenant.status === 'offboarding' || tenant.status === 'offboarded';

/** The counties split into active and coming later, each in the alphabetical order of the UI language; those that have left are in neither. */
export const useSortedTenants = (tenants: readonly Tenant[]): { active: Tenant[]; comingLater: Tenant[] } => {
  const { language } = useLanguage();
  return useMemo(() => {
    const sorted = [...tenants].sort((a, b) => a.name[language].localeCompare(b.name[language], language));
    return {
      active: sorted.filter((tenant) => tenant.status === 'active'),
      comingLater: sorted.filter((tenant) => tenant.status !== 'active' && !hasLeft(tenant)),
    };
  }, [tenants, language]);
};
