import type { RouteObject } from 'react-router';
import { lazyComponent } from '../lazy-component';

const pages = () => import('./pathways.route');

/** The national diabetes pathways under a county's path: residents' pages and the coordinator's. */
export const pathwaysRoute: RouteObject = {
  path: 'pathways',
  children: [
    { index: true, lazy: lazyComponent(pages, (module) => module.PathwaysRoute) },
    { path: ':pathwayId', lazy: lazyComponent(pages, (module) => module.PathwayRoute) },
    { path: ':pathwayId/local', lazy: lazyComponent(pages, (module) => module.LocalAdditionsRoute) },
    { path: ':pathwayId/feedback', lazy: lazyComponent(pages, (module) => module.CountyFeedbackRoute) },
  ],
};
