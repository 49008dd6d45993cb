import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const layout = withStaffMessages(() => import('./counties-layout.route'));
const counties = () => import('../../features/counties/components/counties-page');
const onboarding = () => import('../../features/counties/components/onboarding-page');

/** The platform operator's counties under a county's path, as the national publisher's pages are. */
export const countiesRoute: RouteObject = {
  path: 'operator/counties',
  lazy: lazyComponent(layout, (module) => module.CountiesLayoutRoute),
  children: [
    { index: true, lazy: lazyComponent(counties, (module) => module.CountiesPage) },
    { path: ':slug/onboard', lazy: lazyComponent(onboarding, (module) => module.OnboardingPage) },
  ],
};
