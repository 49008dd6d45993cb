import { type Query, QueryClient } from '@tanstack/react-query';
import { forgetProviderSession } from '../lib/auth/oidc/sign-in-flow';
import { sessionFor, sessionStore } from '../lib/auth/stores/session-store';
import { tenantSlugFromPath } from '../lib/route-tenant';
import { type ApiClient, apiErrorCode, createApiClient, isApiError } from '../lib/trpc';

/** tRPC routers whose answers are the same for every caller; everything else belongs to a session. */
const sharedRouters = new Set(['tenants']);

export const belongsToSession = (query: Query): boolean => {
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

/** The query cache and the API client, shared by the pages and the routes' loaders. */
export interface ApiClients {
  queryClient: QueryClient;
  apiClient: ApiClient;
}

export const createApiClients = (): ApiClients => ({
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
