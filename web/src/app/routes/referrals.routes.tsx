import '../../features/referrals/referrals.css';
import type { RouteObject } from 'react-router';
import { ClientSummaryRoute, NewReferralRoute, ReferralRoute, ReferralsRoute } from './referrals.route';

/** Wellbeing referrals under a county's path: the list, a new one, one referral and its client summary. */
export const referralsRoute: RouteObject = {
  path: 'referrals',
  children: [
    { index: true, element: <ReferralsRoute /> },
    { path: 'new', element: <NewReferralRoute /> },
    { path: ':referralId', element: <ReferralRoute /> },
    { path: ':referralId/summary', element: <ClientSummaryRoute /> },
  ],
};
