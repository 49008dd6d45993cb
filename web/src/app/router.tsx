import { createBrowserRouter, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { MeRoute } from './routes/me.route';
import { TenantPageNotFoundRoute } from './routes/not-found.route';
import { PickerRoute } from './routes/picker.route';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in.route';
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
      {
        path: '/:tenant',
        element: <TenantLayoutRoute />,
        children: [
          { index: true, element: <TenantHomeRoute /> },
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'me', element: <MeRoute /> },
          { path: '*', element: <TenantPageNotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
