import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchInput } from '../../../lib/catalog-search';
import { paramsFromSearch, type SearchCodes, searchFromParams } from '../utils/search-params';

/**
 * The search lives in the address, so it can be shared and Back returns to it. Each change is a
 * new history entry; the page keeps its scroll position and focus. A change shows at once (a
 * ticked box stays ticked) while the address catches up.
 */
export const useSearchState = (codes: SearchCodes) => {
  const [params, setParams] = useSearchParams();
  const fromAddress = useMemo(() => searchFromParams(params, codes), [params, codes]);
  const [search, setLocal] = useState(fromAddress);
  useEffect(() => setLocal(fromAddress), [fromAddress]);
  const setSearch = useCallback(
    (next: SearchInput) => {
      setLocal(next);
      void setParams(paramsFromSearch(next), { preventScrollReset: true });
    },
    [setParams],
  );
  return { search, setSearch };
};
