import { useOutletContext } from 'react-router';
import type { Tenant } from './tenants';

/** What the county layout hands to the county's pages. */
export interface TenantRouteContext {
  tenant: Tenant;
}

export const useTenantRoute = (): TenantRouteContext => useOutletContext<TenantRouteContext>();
