import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Organisation } from '../api/organisations';
import { useListingFormat } from '../../../lib/use-listing-format';

const organisationParam = 'organisation';

/**
 * The user's organisations in alphabetical order, the one chosen in the address
 * (`?organisation=`) or else the first, and a way to choose another.
 */
export const useSelectedOrganisation = (unsorted: readonly Organisation[] | undefined) => {
  const [params, setParams] = useSearchParams();
  const format = useListingFormat();
  const organisations = useMemo(() => [...(unsorted ?? [])].sort((a, b) => format.text(a.name).text.localeCompare(format.text(b.name).text, format.language)), [unsorted, format]);
  const chosen = params.get(organisationParam);
  const selected = organisations.find((organisation) => organisation.id === chosen) ?? organisations[0] ?? null;
  const select = useCallback(
    (id: string) =>
      void setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(organisationParam, id);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return { organisations, selected, select };
};
