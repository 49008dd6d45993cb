import { createBrowserRouter, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { ActivitiesRoute } from './routes/activities.route';
import { associationsRoute } from './routes/associations.routes';
import { AuthCallbackRoute } from './routes/auth-callback.route';
import { ActivityRoute } from './routes/activity.route';
import { EditActivityRoute, NewActivityRoute } from './routes/activity-editor.route';
import { ContactRequestsRoute } from './routes/contact-requests.route';
import { countiesRoute } from './routes/counties.routes';
import { EditorLayoutRoute } from './routes/editor-layout.route';
import { EditorListingsRoute } from './routes/editor-listings.route';
import { HsdsImportRoute } from './routes/hsds-import.route';
import { EditOrganisationRoute, NewOrganisationRoute, OrganisationRegisterRoute } from './routes/organisations.route';
import { OurOrganisationRoute } from './routes/our-organisation.route';
import { MeRoute } from './routes/me.route';
import { ModerationRoute } from './routes/moderation.route';
import { legalRoutes } from './routes/legal.routes';
import { linkWorkRoute } from './routes/link-work.routes';
import { networkRoute } from './routes/network.routes';
import { pathwayPublisherRoute } from './routes/pathway-publisher.routes';
import { pathwaysRoute } from './routes/pathways.routes';
import { TenantPageNotFoundRoute } from './routes/not-found.route';
import { PickerRoute } from './routes/picker.route';
import { referralCoordinationRoute } from './routes/referral-coordination.routes';
import { referralsRoute } from './routes/referrals.routes';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in.route';
import { staffRoute } from './routes/staff.routes';
import { TenantHomeRoute } from './routes/tenant-home.route';
import { TenantLayoutRoute } from './routes/tenant-layout.route';

const Root = () => (
  <>
    <ScrollRestoration />
    <Outlet />
  </>
);

/** Every page of the app. Any first path segment names a county; an unknown one gets a not-found page. */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <PickerRoute /> },
      { path: '/auth/callback', element: <AuthCallbackRoute /> },
      {
        path: '/:tenant',
        element: <TenantLayoutRoute />,
        children: [
          { index: true, element: <TenantHomeRoute /> },
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'me', element: <MeRoute /> },
          { path: 'activities', element: <ActivitiesRoute /> },
          { path: 'activities/:activityId', element: <ActivityRoute /> },
          {
            path: 'editor',
            element: <EditorLayoutRoute />,
            children: [
              { index: true, element: <EditorListingsRoute /> },
              { path: 'activities/new', element: <NewActivityRoute /> },
              { path: 'activities/:activityId', element: <EditActivityRoute /> },
              { path: 'moderation', element: <ModerationRoute /> },
              { path: 'contact-requests', element: <ContactRequestsRoute /> },
              { path: 'import', element: <HsdsImportRoute /> },
              { path: 'organisations', element: <OrganisationRegisterRoute /> },
              { path: 'organisations/new', element: <NewOrganisationRoute /> },
              { path: 'organisations/:organisationId', element: <EditOrganisationRoute /> },
              { path: 'our-organisation', element: <OurOrganisationRoute /> },
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
          { path: '*', element: <TenantPageNotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
