import type { StoredPost } from '@linkki/db';
import { canEditPost, canModeratePost, canSeePost, type NetworkViewer } from '@linkki/domain';

/** A post as one viewer sees it: moderation details only for moderators and the author. */
export const postViewOf = (viewer: NetworkViewer, { post, stats }: StoredPost, lastReadAt?: string) => {
  // Report details only for those who may act on them: not another county's coordinator.
  const moderator = canModeratePost(viewer, post);
  const editable = canEditPost(viewer, post);
  return {
    id: post.id,
    content: post.content,
    author: post.author,
    coAuthors: post.coAuthors,
    createdAt: post.createdAt,
    updatedAt: post.updatedAt,
    version: post.version,
    usefulCount: stats.usefulCount,
    commentCount: stats.commentCount,
    hidden: stats.hidden,
    hiddenReason: stats.hidden && (moderator || editable) ? (stats.hiddenReason ?? null) : null,
    openReports: moderator ? stats.openReports : 0,
    lastReportReason: moderator ? (stats.lastReportReason ?? null) : null,
    unread: lastReadAt === undefined || post.createdAt > lastReadAt,
    canEdit: editable,
    canModerate: moderator,
  };
};
export type NetworkPostView = ReturnType<typeof postViewOf>;

export const visiblePosts = (viewer: NetworkViewer, posts: StoredPost[]): StoredPost[] => posts.filter(({ post, stats }) => canSeePost(viewer, { author: post.author, hidden: stats.hidden }));
