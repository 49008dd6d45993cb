import type { TenantCatalog } from '../catalog/search/catalog-search-cache';
import { hsdsOrganizationOf, hsdsServiceOf } from './hsds.mappers';

export const hsdsCollections = ['services', 'organizations'] as const;
export type HsdsCollection = (typeof hsdsCollections)[number];

export const hsdsMaxPerPage = 200;

/** The HSDS API's page envelope around `contents`; only the page's records are mapped. */
const pageOf = <T, R>(all: readonly T[], page: number, perPage: number, map: (record: T) => R) => {
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const contents = all.slice((page - 1) * perPage, page * perPage).map(map);
  return {
    total_items: all.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
};

/** One page of a tenant's open data: published, currently valid listings and their organisations. */
export const hsdsPage = (tenantId: string, catalog: TenantCatalog, collection: HsdsCollection, page: number, perPage: number) => {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  if (collection === 'organizations') {
    return pageOf([...catalog.organisations.values()].sort(byId), page, perPage, (organisation) => hsdsOrganizationOf(tenantId, organisation));
  }
  return pageOf([...catalog.activities.values()].sort(byId), page, perPage, (activity) => hsdsServiceOf(tenantId, activity, catalog.organisations.get(activity.content.organisationId)));
};
