import { RouterProvider } from 'react-router/dom';
import type { createAppRouter } from './router';
import type { ApiClients } from './api-clients';
import { AppProviders } from './providers';

export const App = ({ clients, router }: { clients: ApiClients; router: ReturnType<typeof createAppRouter> }) => (
  <AppProviders clients={clients}>
    <RouterProvider router={router} />
  </AppProviders>
);
