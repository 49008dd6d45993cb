import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClients } from './app/api-clients';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { initI18n, loadStaffMessages } from './i18n';
import { sessionStore } from './lib/auth/stores/session-store';
import './styles.css';
import './components/ui/forms.css';
// Every feature's styles load with the first page, as before the pages were split: CSS is a
// small part of the download, and a component shown outside its own area keeps its look.
import './features/associations/associations.css';
import './features/catalog/catalog.css';
import './features/counties/counties.css';
import './features/legal/legal.css';
import './features/link-work/link-work.css';
import './features/network/network.css';
import './features/pathway-publisher/pathway-publisher.css';
import './features/pathways/pathways.css';
import './features/referral-coordination/referral-coordination.css';
import './features/referrals/referrals.css';
import './features/staff/staff.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

// The router starts fetching the first page's chunks and its data at once; the messages arrive meanwhile.
const clients = createApiClients();
const router = createAppRouter(clients);
const signedIn = () => sessionStore.getState().session !== null;
await initI18n({ withStaffMessages: signedIn() });
// Whoever signs in sees staff navigation: its labels are among the staff's messages.
sessionStore.subscribe(() => {
  if (signedIn()) loadStaffMessages().catch(() => undefined);
});
createRoot(container).render(
  <StrictMode>
    <App clients={clients} router={router} />
  </StrictMode>,
);
