import '../../features/link-work/link-work.css';
import type { RouteObject } from 'react-router';
import { LinkWorkLayoutRoute } from './link-work-layout.route';
import { LinkWorkHomeRoute, LinkWorkProfileRoute, LinkWorkSurveyRoute, LinkWorkTrainingRoute } from './link-work.route';

/** The link worker's pages under a county's path: queue and caseload, profile, training record, survey. */
export const linkWorkRoute: RouteObject = {
  path: 'link-work',
  element: <LinkWorkLayoutRoute />,
  children: [
    { index: true, element: <LinkWorkHomeRoute /> },
    { path: 'profile', element: <LinkWorkProfileRoute /> },
    { path: 'training', element: <LinkWorkTrainingRoute /> },
    { path: 'survey', element: <LinkWorkSurveyRoute /> },
  ],
};
