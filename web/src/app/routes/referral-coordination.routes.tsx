import '../../features/referral-coordination/referral-coordination.css';
import type { RouteObject } from 'react-router';
import { AuditPage } from '../../features/referral-coordination/components/audit-page';
import { CoordinationHome } from '../../features/referral-coordination/components/coordination-home';
import { ReportsPage } from '../../features/referral-coordination/components/reports-page';
import { TrainingPage } from '../../features/referral-coordination/components/training-page';

/** The coordinator's referral pages under a county's path. */
export const referralCoordinationRoute: RouteObject = {
  path: 'coordination',
  children: [
    { index: true, element: <CoordinationHome /> },
    { path: 'reports', element: <ReportsPage /> },
    { path: 'link-workers/:userId', element: <TrainingPage /> },
    { path: 'audit/:referralId', element: <AuditPage /> },
  ],
};
