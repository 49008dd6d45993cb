import { createNetworkInteractionRepository, createNetworkPostRepository, type TableAccess } from '@linkki/db';
import { canModeratePost, NetworkPostNotModeratableError } from '@linkki/domain';
import { authorOf, idFor, type NetworkActor } from './network-actor';
import { postViewOf, visiblePosts } from './network-post-view';
import { readPost, visiblePost } from './network-posts.service';

const interactions = (tables: TableAccess) => createNetworkInteractionRepository(tables.platform);

export const listComments = async (tables: TableAccess, actor: NetworkActor, postId: string, cursor?: string) => {
  await visiblePost(tables, actor, postId);
  return interactions(tables).comments(postId, cursor);
};

/** Adds the comment once per client request id. */
export const addComment = async (tables: TableAccess, actor: NetworkActor, input: { postId: string; requestId: string; body: string }, now: Date) => {
  await visiblePost(tables, actor, input.postId);
  const outcome = await interactions(tables).addComment({
    postId: input.postId,
    commentId: idFor(actor.member, input.requestId),
    body: input.body,
    author: await authorOf(tables, actor),
    now: now.toISOString(),
  });
  return { duplicate: outcome === 'duplicate', post: await readPost(tables, actor, input.postId) };
};

/** One mark per member: marking again changes nothing. */
export const markUseful = async (tables: TableAccess, actor: NetworkActor, postId: string, now: Date) => {
  await visiblePost(tables, actor, postId);
  const outcome = await interactions(tables).markUseful({ postId, member: actor.member, now: now.toISOString() });
  return { duplicate: outcome === 'duplicate', post: await readPost(tables, actor, postId) };
};

export const reportPost = async (tables: TableAccess, actor: NetworkActor, input: { postId: string; reason: string }, now: Date) => {
  await visiblePost(tables, actor, input.postId);
  const outcome = await interactions(tables).report({ ...input, member: actor.member, now: now.toISOString() });
  return { duplicate: outcome === 'duplicate' };
};

export const moderatePost = async (tables: TableAccess, actor: NetworkActor, input: { postId: string; hidden: boolean; reason?: string }, now: Date) => {
  const { post } = await visiblePost(tables, actor, input.postId);
  if (!canModeratePost(actor, post)) throw new NetworkPostNotModeratableError(input.postId);
  await interactions(tables).moderate({ ...input, now: now.toISOString() });
  return readPost(tables, actor, input.postId);
};

/**
 * Reported posts this moderator may act on, most recently reported first. The queue is one
 * network-wide partition, so a county coordinator's page can hold fewer items than the limit.
 */
export const moderationQueue = async (tables: TableAccess, actor: NetworkActor, cursor?: string) => {
  const page = await interactions(tables).reported(cursor);
  const posts = await createNetworkPostRepository(tables.platform).many(page.items.map((stats) => stats.postId));
  const moderatable = visiblePosts(actor, posts).filter(({ post }) => canModeratePost(actor, post));
  return { items: moderatable.map((post) => postViewOf(actor, post)), nextCursor: page.nextCursor };
};
