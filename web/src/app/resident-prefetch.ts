import type { AppRouter } from '@linkki/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { LoaderFunction } from 'react-router';
import { activityQuery } from '../features/catalog/api/activity';
import { namesListFilters, noSearchCodes, type SearchCodes, searchCodesOf, searchFromParams } from '../features/catalog/utils/search-params';
import { catalogSearchQuery } from '../lib/catalog-search';
import { tenantSlugFromPath } from '../lib/route-tenant';
import { tenantsQuery } from '../lib/tenants';
import { vocabulariesQuery } from '../lib/vocabularies';
import type { ApiClients } from './api-clients';

/** The loaders of the resident's pages, by route. */
export interface ResidentLoaders {
  tenant: LoaderFunction;
  home: LoaderFunction;
  activities: LoaderFunction;
  activity: LoaderFunction;
}

/**
 * Loaders that start a resident page's queries as soon as its address is known: together, in one
 * batch, while the page's code downloads, instead of each once the code that asks for it has arrived
 * and the county before it has answered. They return at once; the page shows its own loading state
 * and finds the answers in the cache, and a query that fails is reported by the page that asks again.
 */
export const residentLoaders = ({ queryClient, apiClient }: ApiClients): ResidentLoaders => {
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });
  // The API reads the county from the current address: a page of another county (a link followed
  // from this one) asks for itself once the address has changed.
  const isCurrentCounty = (slug: string | undefined): slug is string => slug !== undefined && slug === tenantSlugFromPath(window.location.pathname);

  const countyCodes = async (slug: string): Promise<SearchCodes | null> => {
    const [tenants, vocabularies] = await Promise.all([queryClient.ensureQueryData(tenantsQuery(trpc)), queryClient.ensureQueryData(vocabulariesQuery(trpc))]);
    const tenant = tenants.find((candidate) => candidate.slug === slug);
    return tenant ? searchCodesOf(tenant.municipalities, vocabularies) : null;
  };

  // An address without list filters (the search as first opened) reads the same without the
  // county's codes, so its search joins the first batch instead of waiting for them.
  const prefetchSearch = async (slug: string, params: URLSearchParams): Promise<void> => {
    const codes = namesListFilters(params) ? await countyCodes(slug) : noSearchCodes;
    if (codes) await queryClient.prefetchInfiniteQuery(catalogSearchQuery(trpc, apiClient, searchFromParams(params, codes)));
  };

  return {
    tenant: ({ params }) => {
      if (isCurrentCounty(params.tenant)) void queryClient.prefetchQuery(tenantsQuery(trpc));
      return null;
    },
    home: ({ params }) => {
      if (isCurrentCounty(params.tenant)) void queryClient.prefetchQuery(vocabulariesQuery(trpc));
      return null;
    },
    activities: ({ params, request }) => {
      if (isCurrentCounty(params.tenant)) {
        void queryClient.prefetchQuery(vocabulariesQuery(trpc));
        prefetchSearch(params.tenant, new URL(request.url).searchParams).catch(() => undefined);
      }
      return null;
    },
    activity: ({ params }) => {
      if (params.activityId && isCurrentCounty(params.tenant)) {
        void queryClient.prefetchQuery(vocabulariesQuery(trpc));
        void queryClient.prefetchQuery(activityQuery(trpc, params.activityId));
      }
      return null;
    },
  };
};
