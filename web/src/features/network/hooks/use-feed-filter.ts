import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FeedFilter } from '../api/network';

type Tag = NonNullable<FeedFilter['tags']>[number];
type Kind = NonNullable<FeedFilter['kind']>;

const listOf = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** The address's `?tags=a,b&region=r&kind=k&followed=1`; the API refuses values it does not know. */
export const feedFilterOf = (params: URLSearchParams): FeedFilter => {
  const tags = listOf(params.get('tags')) as Tag[];
  const region = params.get('region');
  const kind = params.get('kind') as Kind | null;
  return {
    ...(tags.length > 0 ? { tags } : {}),
    ...(region ? { regions: [region] } : {}),
    ...(kind ? { kind } : {}),
    ...(params.get('followed') === '1' ? { followed: true } : {}),
  };
};

export const searchParamsOf = (filter: FeedFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.tags?.length) params.set('tags', filter.tags.join(','));
  if (filter.regions?.[0]) params.set('region', filter.regions[0]);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.followed) params.set('followed', '1');
  return params;
};

/**
 * The feed's filters kept in the address, so a filtered feed can be linked to and Back undoes a
 * change. A change shows at once (a ticked box stays ticked) while the address catches up.
 */
export const useFeedFilter = (): [FeedFilter, (filter: FeedFilter) => void] => {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const fromAddress = useMemo(() => feedFilterOf(new URLSearchParams(address)), [address]);
  const [filter, setFilter] = useState(fromAddress);
  useEffect(() => setFilter(fromAddress), [fromAddress]);
  const change = (next: FeedFilter) => {
    setFilter(next);
    void setParams(searchParamsOf(next), { preventScrollReset: true });
  };
  return [filter, change];
};
