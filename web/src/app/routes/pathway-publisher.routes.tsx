import '../../features/pathway-publisher/pathway-publisher.css';
import type { RouteObject } from 'react-router';
import { DraftEditorPage } from '../../features/pathway-publisher/components/draft-editor-page';
import { DraftsPage } from '../../features/pathway-publisher/components/drafts-page';
import { FeedbackPage } from '../../features/pathway-publisher/components/feedback-page';
import { PublisherLayout } from '../../features/pathway-publisher/components/publisher-layout';
import { VersionsPage } from '../../features/pathway-publisher/components/versions-page';

/** The national publisher's pathway pages. Its session is platform-wide, so they sit under any county's path. */
export const pathwayPublisherRoute: RouteObject = {
  path: 'publisher/pathways',
  element: <PublisherLayout />,
  children: [
    { index: true, element: <DraftsPage /> },
    { path: ':pathwayId', element: <DraftEditorPage /> },
    { path: ':pathwayId/versions', element: <VersionsPage /> },
    { path: ':pathwayId/feedback', element: <FeedbackPage /> },
  ],
};
