import { useSearchParams } from 'react-router';

/** The name searched for, kept in the address (`?q=`) so a search can be linked to and Back undoes it. */
export const useStaffSearch = (): [string, (search: string) => void] => {
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() ?? '';
  const setSearch = (next: string) => {
    const trimmed = next.trim();
    void setParams(trimmed ? { q: trimmed } : {}, { preventScrollReset: true });
  };
  return [search, setSearch];
};
