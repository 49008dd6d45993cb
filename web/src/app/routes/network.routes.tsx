import type { RouteObject } from 'react-router';
import { lazyComponent, withStaffMessages } from '../lazy-component';

const layout = withStaffMessages(() => import('./network-layout.route'));
const feed = () => import('./network.route');
const posts = () => import('./network-post.route');

/** The developer network's pages under a county's path. */
export const networkRoute: RouteObject = {
  path: 'network',
  lazy: lazyComponent(layout, (module) => module.NetworkLayoutRoute),
  children: [
    { index: true, lazy: lazyComponent(feed, (module) => module.NetworkFeedRoute) },
    { path: 'new', lazy: lazyComponent(posts, (module) => module.NewNetworkPostRoute) },
    { path: 'posts/:postId', lazy: lazyComponent(posts, (module) => module.NetworkPostRoute) },
    { path: 'posts/:postId/edit', lazy: lazyComponent(posts, (module) => module.EditNetworkPostRoute) },
    { path: 'toolkit', lazy: lazyComponent(feed, (module) => module.NetworkToolkitRoute) },
    { path: 'settings', lazy: lazyComponent(feed, (module) => module.NetworkSettingsRoute) },
    { path: 'moderation', lazy: lazyComponent(feed, (module) => module.NetworkModerationRoute) },
  ],
};
