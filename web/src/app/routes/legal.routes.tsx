import type { RouteObject } from 'react-router';
import { lazyComponent } from '../lazy-component';

const pages = () => import('./legal.route');

/** What the law asks every county to publish, and the coordinator's pages for it, under a county's path. */
export const legalRoutes: RouteObject[] = [
  { path: 'accessibility', lazy: lazyComponent(pages, (module) => module.AccessibilityRoute) },
  { path: 'accessibility/feedback', lazy: lazyComponent(pages, (module) => module.FeedbackQueueRoute) },
  { path: 'privacy/:register', lazy: lazyComponent(pages, (module) => module.PrivacyRoute) },
  { path: 'legal/edit', lazy: lazyComponent(pages, (module) => module.LegalEditorRoute) },
];
