import { type Query, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { forgetProviderSession, resumeProviderSession } from '../lib/auth/oidc/sign-in-flow';
import { isSamePerson, sessionFor, sessionStore } from '../lib/auth/stores/session-store';
import { tenantSlugFromPath } from '../lib/route-tenant';
import { type ApiClient, apiErrorCode, createApiClient, isApiError, TRPCProvider } from '../lib/trpc';

/** tRPC routers whose answers are the same for every caller; everything else belongs to a session. */
const sharedRouters = new Set(['tenants']);

const belongsToSession = (query: Query): boolean => {
  const [path] = query.queryKey;
  return Array.isArray(path) && !sharedRouters.has(String(path[0]));
};

/**
 * An UNAUTHORIZED answer means the token was refused and has been dropped: try once more without it.
 * Other answers the server gave on purpose (4xx) are final; network and server failures get two retries.
 */
const retry = (failureCount: number, error: unknown): boolean => {
  if (apiErrorCode(error) === 'UNAUTHORIZED') return failureCount < 1;
  const status = isApiError(error) ? error.data?.httpStatus : undefined;
  if (status !== undefined && status < 500) return false;
  return failureCount < 2;
};

const retryDelay = (attempt: number, error: unknown): number => (apiErrorCode(error) === 'UNAUTHORIZED' ? 0 : Math.min(1000 * 2 ** attempt, 8000));

const createClients = (): { queryClient: QueryClient; apiClient: ApiClient } => ({
  queryClient: new QueryClient({
    defaultOptions: { queries: { retry, retryDelay, refetchOnWindowFocus: false } },
  }),
  apiClient: createApiClient({
    requestIdentity: () => {
      const tenant = tenantSlugFromPath(window.location.pathname);
      return { token: sessionFor(sessionStore.getState().session, tenant)?.token ?? null, tenant };
    },
    onTokenRefused: (token) => {
      sessionStore.refuse(token);
      void forgetProviderSession();
    },
  }),
});

/** When the user changes (sign-in, sign-out, a refused token), nothing of the previous user's data stays. */
const useForgetPreviousUser = (queryClient: QueryClient): void => {
  useEffect(() => {
    let previous = sessionStore.getState().session;
    return sessionStore.subscribe(() => {
      const { session } = sessionStore.getState();
      const samePerson = isSamePerson(session, previous);
      previous = session;
      // A renewed token is the same person: their data stays.
      if (samePerson) return;
      void queryClient.resetQueries({ predicate: belongsToSession });
    });
  }, [queryClient]);
};

export const AppProviders = ({ children }: { children: ReactNode }) => {
  const [{ queryClient, apiClient }] = useState(createClients);
  useForgetPreviousUser(queryClient);
  useEffect(() => {
    resumeProviderSession().catch(() => undefined);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
};
