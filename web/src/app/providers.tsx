import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { resumeProviderSession } from '../lib/auth/oidc/sign-in-flow';
import { isSamePerson, sessionStore } from '../lib/auth/stores/session-store';
import { TRPCProvider } from '../lib/trpc';
import { type ApiClients, belongsToSession } from './api-clients';

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

export const AppProviders = ({ clients: { queryClient, apiClient }, children }: { clients: ApiClients; children: ReactNode }) => {
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
