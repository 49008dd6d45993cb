import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const layout = withStaffMessages(() => import('./referrals-layout.route'));
const pages = () => import('./referrals.route');

/** Wellbeing referrals under a county's path: the list, a new one, one referral and its client summary. */
export const referralsRoute: RouteObject = {
  path: 'referrals',
  lazy: lazyComponent(layout, (module) => module.ReferralsLayoutRoute),
  children: [
    { index: true, lazy: lazyComponent(pages, (module) => module.ReferralsRoute) },
    { path: 'new', lazy: lazyComponent(pages, (module) => module.NewReferralRoute) },
    { path: ':referralId', lazy: lazyComponent(pages, (module) => module.ReferralRoute) },
    { path: ':referralId/summary', lazy: lazyComponent(pages, (module) => module.ClientSummaryRoute) },
  ],
};
