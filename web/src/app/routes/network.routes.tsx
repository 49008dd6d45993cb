import '../../features/network/network.css';
import type { RouteObject } from 'react-router';
import { NetworkLayoutRoute } from './network-layout.route';
import { NetworkFeedRoute, NetworkModerationRoute, NetworkSettingsRoute, NetworkToolkitRoute } from './network.route';
import { EditNetworkPostRoute, NetworkPostRoute, NewNetworkPostRoute } from './network-post.route';

/** The developer network's pages under a county's path. */
export const networkRoute: RouteObject = {
  path: 'network',
  element: <NetworkLayoutRoute />,
  children: [
    { index: true, element: <NetworkFeedRoute /> },
    { path: 'new', element: <NewNetworkPostRoute /> },
    { path: 'posts/:postId', element: <NetworkPostRoute /> },
    { path: 'posts/:postId/edit', element: <EditNetworkPostRoute /> },
    { path: 'toolkit', element: <NetworkToolkitRoute /> },
    { path: 'settings', element: <NetworkSettingsRoute /> },
    { path: 'moderation', element: <NetworkModerationRoute /> },
  ],
};
