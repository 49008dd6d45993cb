import { createNetworkMemberRepository, createNetworkPostRepository, feedDescriptorOf, feedIndexPartition, readFeedIndex, type TableAccess } from '@linkki/db';
import { defaultNetworkSettings, feedSelectionOf, matchesFeedSelection, type NetworkFeedFilter, toolkitTag } from '@linkki/domain';
import type { NetworkActor } from './network-actor';
import { feedPageSize, readSelection } from './network-feed-plan';
import { postViewOf, visiblePosts } from './network-post-view';

/**
 * One page of the feed in three requests, whatever the member follows: a GetItem for the member's
 * settings, one Query of the index (see `feedReadOf`) and one BatchGetItem for the posts and their
 * counters. Hidden posts are left out except for moderators and their authors, and each post is
 * checked against the selection once more, for index entries written before they carried its tags.
 */
export const readFeed = async (tables: TableAccess, actor: NetworkActor, filter: NetworkFeedFilter, cursor?: string) => {
  const member = await createNetworkMemberRepository(tables.platform).get(actor);
  const selection = feedSelectionOf(filter, member ?? defaultNetworkSettings);
  const { postIds, nextCursor } = await readSelection(tables.platform, selection, cursor);
  const posts = visiblePosts(actor, await createNetworkPostRepository(tables.platform).many(postIds));
  const items = posts.filter(({ post }) => matchesFeedSelection(selection, feedDescriptorOf(post))).map((post) => postViewOf(actor, post, member?.lastReadAt));
  return { items, nextCursor, lastReadAt: member?.lastReadAt ?? null };
};

/** The participation toolkit: practices tagged osallisuus, with the models and tools they describe. */
export const readToolkit = async (tables: TableAccess, actor: NetworkActor, cursor?: string) => {
  const { postIds, nextCursor } = await readFeedIndex(tables.platform, { partition: feedIndexPartition.tag(toolkitTag), limit: feedPageSize }, cursor);
  const posts = visiblePosts(actor, await createNetworkPostRepository(tables.platform).many(postIds));
  const practices = posts.flatMap(({ post }) =>
    post.content.kind === 'practice'
      ? [
          {
            id: post.id,
            title: post.content.title,
            author: post.author,
            createdAt: post.createdAt,
            summary: post.content.practice.summary,
            stage: post.content.practice.stage,
            tools: post.content.practice.tools,
            tags: post.content.tags,
          },
        ]
      : [],
  );
  return { practices, nextCursor };
};
