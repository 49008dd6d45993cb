import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const layout = withStaffMessages(() => import('./link-work-layout.route'));
const pages = () => import('./link-work.route');

/** The link worker's pages under a county's path: queue and caseload, profile, training record, survey. */
export const linkWorkRoute: RouteObject = {
  path: 'link-work',
  lazy: lazyComponent(layout, (module) => module.LinkWorkLayoutRoute),
  children: [
    { index: true, lazy: lazyComponent(pages, (module) => module.LinkWorkHomeRoute) },
    { path: 'profile', lazy: lazyComponent(pages, (module) => module.LinkWorkProfileRoute) },
    { path: 'training', lazy: lazyComponent(pages, (module) => module.LinkWorkTrainingRoute) },
    { path: 'survey', lazy: lazyComponent(pages, (module) => module.LinkWorkSurveyRoute) },
  ],
};
