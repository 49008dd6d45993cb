import type { CatalogSearchInput } from '@linkki/domain';
import { activityCardOf } from '../catalog.mappers';
import type { CatalogSearchCache } from './catalog-search-cache';
import { encodeSearchCursor, offsetOf } from './search-cursor';

/** Runs a resident's search on the tenant's in-memory index, on `today`'s validity and dates: no table read unless the index is due a refresh. */
export const searchCatalog = async (cache: CatalogSearchCache, tenantId: string, input: CatalogSearchInput, today: string) => {
  const catalog = await cache.forTenant(tenantId);
  const offset = offsetOf(input);
  const { cursor: _cursor, limit, ...query } = input;
  const result = catalog.index.search({ ...query, today, offset, limit });
  const items = result.ids.flatMap((id) => {
    const activity = catalog.activities.get(id);
    return activity ? [activityCardOf(activity, catalog.organisations.get(activity.content.organisationId), today)] : [];
  });
  return {
    items,
    total: result.total,
    facets: result.facets,
    nextCursor: offset + limit < result.total ? encodeSearchCursor(input, offset + limit) : null,
  };
};
