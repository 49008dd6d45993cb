import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const feature = {
  layout: withStaffMessages(() => import('../../features/pathway-publisher/components/publisher-layout')),
  drafts: () => import('../../features/pathway-publisher/components/drafts-page'),
  draftEditor: () => import('../../features/pathway-publisher/components/draft-editor-page'),
  versions: () => import('../../features/pathway-publisher/components/versions-page'),
  feedback: () => import('../../features/pathway-publisher/components/feedback-page'),
};

/** The national publisher's pathway pages. Its session is platform-wide, so they sit under any county's path. */
export const pathwayPublisherRoute: RouteObject = {
  path: 'publisher/pathways',
  lazy: lazyComponent(feature.layout, (module) => module.PublisherLayout),
  children: [
    { index: true, lazy: lazyComponent(feature.drafts, (module) => module.DraftsPage) },
    { path: ':pathwayId', lazy: lazyComponent(feature.draftEditor, (module) => module.DraftEditorPage) },
    { path: ':pathwayId/versions', lazy: lazyComponent(feature.versions, (module) => module.VersionsPage) },
    { path: ':pathwayId/feedback', lazy: lazyComponent(feature.feedback, (module) => module.FeedbackPage) },
  ],
};
