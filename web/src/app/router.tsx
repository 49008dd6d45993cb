import { createBrowserRouter, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import type { ApiClients } from './api-clients';
import { lazyComponent } from './lazy-component';
import { residentLoaders, type ResidentLoaders } from './resident-prefetch';
import { associationsRoute } from './routes/associations.routes';
import { countiesRoute } from './routes/counties.routes';
import { legalRoutes } from './routes/legal.routes';
import { linkWorkRoute } from './routes/link-work.routes';
import { networkRoute } from './routes/network.routes';
import { pathwayPublisherRoute } from './routes/pathway-publisher.routes';
import { pathwaysRoute } from './routes/pathways.routes';
import { referralCoordinationRoute } from './routes/referral-coordination.routes';
import { referralsRoute } from './routes/referrals.routes';
import { RouteError } from './routes/route-error';
import { staffRoute } from './routes/staff.routes';

const Root = () => (
  <>
    <ScrollRestoration />
    <Outlet />
  </>
);

/**
 * Until the first page's code has arrived the page stays empty, as it did while the one bundle
 * loaded: a placeholder would only be replaced and shift what follows it.
 */
const NothingYet = () => null;

/** Each page's module; the resident's pages (county home, search, listing) share no chunk with the staff's. */
const page = {
  picker: () => import('./routes/picker.route'),
  authCallback: () => import('./routes/auth-callback.route'),
  tenantLayout: () => import('./routes/tenant-layout.route'),
  tenantHome: () => import('./routes/tenant-home.route'),
  signIn: () => import('./routes/sign-in.route'),
  me: () => import('./routes/me.route'),
  activities: () => import('./routes/activities.route'),
  activity: () => import('./routes/activity.route'),
  notFound: () => import('./routes/not-found.route'),
  editorLayout: () => import('./routes/editor-layout.route'),
  editorListings: () => import('./routes/editor-listings.route'),
  activityEditor: () => import('./routes/activity-editor.route'),
  moderation: () => import('./routes/moderation.route'),
  contactRequests: () => import('./routes/contact-requests.route'),
  hsdsImport: () => import('./routes/hsds-import.route'),
  organisations: () => import('./routes/organisations.route'),
  ourOrganisation: () => import('./routes/our-organisation.route'),
};

/** Every page of the app. Any first path segment names a county; an unknown one gets a not-found page. */
const appRoutes = (loaders: ResidentLoaders): RouteObject[] => [
  {
    element: <Root />,
    errorElement: <RouteError />,
    HydrateFallback: NothingYet,
    children: [
      { path: '/', lazy: lazyComponent(page.picker, (module) => module.PickerRoute) },
      { path: '/auth/callback', lazy: lazyComponent(page.authCallback, (module) => module.AuthCallbackRoute) },
      {
        path: '/:tenant',
        loader: loaders.tenant,
        lazy: lazyComponent(page.tenantLayout, (module) => module.TenantLayoutRoute),
        children: [
          { index: true, loader: loaders.home, lazy: lazyComponent(page.tenantHome, (module) => module.TenantHomeRoute) },
          { path: 'sign-in', lazy: lazyComponent(page.signIn, (module) => module.SignInRoute) },
          { path: 'me', lazy: lazyComponent(page.me, (module) => module.MeRoute) },
          { path: 'activities', loader: loaders.activities, lazy: lazyComponent(page.activities, (module) => module.ActivitiesRoute) },
          { path: 'activities/:activityId', loader: loaders.activity, lazy: lazyComponent(page.activity, (module) => module.ActivityRoute) },
          {
            path: 'editor',
            lazy: lazyComponent(page.editorLayout, (module) => module.EditorLayoutRoute),
            children: [
              { index: true, lazy: lazyComponent(page.editorListings, (module) => module.EditorListingsRoute) },
              { path: 'activities/new', lazy: lazyComponent(page.activityEditor, (module) => module.NewActivityRoute) },
              { path: 'activities/:activityId', lazy: lazyComponent(page.activityEditor, (module) => module.EditActivityRoute) },
              { path: 'moderation', lazy: lazyComponent(page.moderation, (module) => module.ModerationRoute) },
              { path: 'contact-requests', lazy: lazyComponent(page.contactRequests, (module) => module.ContactRequestsRoute) },
              { path: 'import', lazy: lazyComponent(page.hsdsImport, (module) => module.HsdsImportRoute) },
              { path: 'organisations', lazy: lazyComponent(page.organisations, (module) => module.OrganisationRegisterRoute) },
              { path: 'organisations/new', lazy: lazyComponent(page.organisations, (module) => module.NewOrganisationRoute) },
              { path: 'organisations/:organisationId', lazy: lazyComponent(page.organisations, (module) => module.EditOrganisationRoute) },
              { path: 'our-organisation', lazy: lazyComponent(page.ourOrganisation, (module) => module.OurOrganisationRoute) },
            ],
          },
          networkRoute,
          pathwayPublisherRoute,
          countiesRoute,
          pathwaysRoute,
          linkWorkRoute,
          referralsRoute,
          referralCoordinationRoute,
          staffRoute,
          associationsRoute,
          ...legalRoutes,
          { path: '*', lazy: lazyComponent(page.notFound, (module) => module.TenantPageNotFoundRoute) },
        ],
      },
    ],
  },
];

/**
 * The app's router. Made before the first render, so the first page's chunks and its queries
 * start while the messages download.
 */
export const createAppRouter = (clients: ApiClients) => createBrowserRouter(appRoutes(residentLoaders(clients)));
