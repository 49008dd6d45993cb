import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../trpc';
import { useSession } from '../hooks/use-session';

export type Me = RouterOutputs['me'];
export type Role = Me['roles'][number];

/**
 * The signed-in user as the API knows them, in `tenant`. `signedIn` is false when no session
 * applies there; the query is then idle and its data must not be shown.
 */
export const useMe = (tenant: string) => {
  const trpc = useTRPC();
  const signedIn = useSession(tenant) !== null;
  const me = useQuery(trpc.me.queryOptions(undefined, { enabled: signedIn, staleTime: 60_000 }));
  return { signedIn, me };
};
