import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const layout = withStaffMessages(() => import('./coordination-layout.route'));
const feature = {
  home: () => import('../../features/referral-coordination/components/coordination-home'),
  reports: () => import('../../features/referral-coordination/components/reports-page'),
  settings: () => import('../../features/referral-coordination/components/settings-page'),
  training: () => import('../../features/referral-coordination/components/training-page'),
  audit: () => import('../../features/referral-coordination/components/audit-page'),
  accessLog: () => import('../../features/referral-coordination/components/access-log-page'),
};

/** The coordinator's referral pages under a county's path. */
export const referralCoordinationRoute: RouteObject = {
  path: 'coordination',
  lazy: lazyComponent(layout, (module) => module.CoordinationLayoutRoute),
  children: [
    { index: true, lazy: lazyComponent(feature.home, (module) => module.CoordinationHome) },
    { path: 'reports', lazy: lazyComponent(feature.reports, (module) => module.ReportsPage) },
    { path: 'settings', lazy: lazyComponent(feature.settings, (module) => module.SettingsPage) },
    { path: 'link-workers/:userId', lazy: lazyComponent(feature.training, (module) => module.TrainingPage) },
    { path: 'audit/:referralId', lazy: lazyComponent(feature.audit, (module) => module.AuditPage) },
    { path: 'access-log', lazy: lazyComponent(feature.accessLog, (module) => module.AccessLogPage) },
  ],
};
