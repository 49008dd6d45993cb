import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const layout = withStaffMessages(() => import('./staff-layout.route'));
const pages = () => import('./staff.route');

/** The county's people under a county's path (coordinators): the list, an invitation, a person, the change history. */
export const staffRoute: RouteObject = {
  path: 'staff',
  lazy: lazyComponent(layout, (module) => module.StaffLayoutRoute),
  children: [
    { index: true, lazy: lazyComponent(pages, (module) => module.StaffListRoute) },
    { path: 'invite', lazy: lazyComponent(pages, (module) => module.InviteStaffRoute) },
    { path: 'audit', lazy: lazyComponent(pages, (module) => module.StaffAuditRoute) },
    { path: ':userId', lazy: lazyComponent(pages, (module) => module.StaffMemberRoute) },
  ],
};
