import type { RouteObject } from 'react-router';
import { lazyComponent } from '../lazy-component';

const pages = () => import('./associations.route');

/**
 * Associations under a county's path: anyone registers one and confirms the contact person's
 * address from the email's link; the county's coordinators approve or reject the registrations.
 */
export const associationsRoute: RouteObject = {
  path: 'associations',
  children: [
    { path: 'register', lazy: lazyComponent(pages, (module) => module.RegisterRoute) },
    { path: 'verify', lazy: lazyComponent(pages, (module) => module.VerifyRoute) },
    {
      lazy: lazyComponent(pages, (module) => module.CoordinatorLayout),
      children: [
        { index: true, lazy: lazyComponent(pages, (module) => module.QueueRoute) },
        { path: ':registrationId', lazy: lazyComponent(pages, (module) => module.RegistrationRoute) },
      ],
    },
  ],
};
