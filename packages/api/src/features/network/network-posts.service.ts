import { createNetworkPostRepository, type StoredPost, type TableAccess } from '@linkki/db';
import { canEditPost, canSeePost, NetworkPostKindChangeError, NetworkPostNotEditableError, NetworkPostNotFoundError, type PostContent } from '@linkki/domain';
import { type NetworkActor, authorOf, idFor } from './network-actor';
import { postViewOf } from './network-post-view';

/** Co-authors are named on practices only; other kinds have their one author. */
const coAuthorsOf = (content: PostContent) => (content.kind === 'practice' ? content.practice.coAuthors : []);

/** The post if this actor may see it; a hidden post is "not found" for everyone else. */
export const visiblePost = async (tables: TableAccess, actor: NetworkActor, postId: string): Promise<StoredPost> => {
  const stored = await createNetworkPostRepository(tables.platform).byId(postId);
  if (!stored || !canSeePost(actor, { author: stored.post.author, hidden: stored.stats.hidden })) throw new NetworkPostNotFoundError(postId);
  return stored;
};

export const readPost = async (tables: TableAccess, actor: NetworkActor, postId: string) => postViewOf(actor, await visiblePost(tables, actor, postId));

/** Creates the post once per client request id; a retry returns the post the first call made. */
export const createPost = async (tables: TableAccess, actor: NetworkActor, { requestId, content }: { requestId: string; content: PostContent }, now: Date) => {
  const id = idFor(actor.member, requestId);
  const post = { id, content, author: await authorOf(tables, actor), coAuthors: coAuthorsOf(content) };
  const outcome = await createNetworkPostRepository(tables.platform).create(post, now.toISOString());
  return { post: await readPost(tables, actor, id), duplicate: outcome === 'duplicate' };
};

export const updatePost = async (tables: TableAccess, actor: NetworkActor, input: { id: string; expectedVersion: number; content: PostContent }, now: Date) => {
  const { post } = await visiblePost(tables, actor, input.id);
  if (!canEditPost(actor, post)) throw new NetworkPostNotEditableError(input.id);
  if (post.content.kind !== input.content.kind) throw new NetworkPostKindChangeError();
  // The transaction writes only if the stored version is still the one the editor saw.
  const previous = { ...post, version: input.expectedVersion };
  await createNetworkPostRepository(tables.platform).update({ previous, content: input.content, coAuthors: coAuthorsOf(input.content), savedBy: actor.member, now: now.toISOString() });
  return readPost(tables, actor, input.id);
};

export const postHistory = async (tables: TableAccess, actor: NetworkActor, postId: string, cursor?: string) => {
  await visiblePost(tables, actor, postId);
  return createNetworkPostRepository(tables.platform).history(postId, cursor);
};
