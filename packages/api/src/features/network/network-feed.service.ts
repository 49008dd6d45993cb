import { createNetworkMemberRepository, createNetworkPostRepository, feedIndexPartition, readMergedFeed, type TableAccess } from '@linkki/db';
import { defaultNetworkSettings, type NetworkFeedFilter, type NetworkSettings, toolkitTag } from '@linkki/domain';
import type { NetworkActor } from './network-actor';
import { postViewOf, visiblePosts } from './network-post-view';

export const feedPageSize = 20;

/**
 * The index partitions a filter reads: the followed (or chosen) tags and regions as a union, else
 * the kind's partition, else the whole feed. A kind given alongside tags or regions is applied to
 * what they return, so such a page may hold fewer posts than the page size.
 */
export const feedPartitionsOf = (filter: NetworkFeedFilter, settings: NetworkSettings) => {
  const tags = filter.followed ? settings.followedTags : (filter.tags ?? []);
  const regions = filter.followed ? settings.followedRegions : (filter.regions ?? []);
  const partitions = [...tags.map(feedIndexPartition.tag), ...regions.map(feedIndexPartition.region)];
  if (partitions.length > 0 || filter.followed) return { partitions, kindFilter: filter.kind };
  return { partitions: [filter.kind ? feedIndexPartition.kind(filter.kind) : feedIndexPartition.all()], kindFilter: undefined };
};

/**
 * One page of the feed: a GetItem for the member's settings, one Query per index partition and
 * one BatchGetItem for the posts and their counters. Hidden posts are left out except for
 * moderators and their authors.
 */
export const readFeed = async (tables: TableAccess, actor: NetworkActor, filter: NetworkFeedFilter, cursor?: string) => {
  const member = await createNetworkMemberRepository(tables.platform).get(actor);
  const { partitions, kindFilter } = feedPartitionsOf(filter, member ?? defaultNetworkSettings);
  const { postIds, nextCursor } = await readMergedFeed(tables.platform, partitions, feedPageSize, cursor);
  const posts = visiblePosts(actor, await createNetworkPostRepository(tables.platform).many(postIds));
  const items = posts.filter(({ post }) => !kindFilter || post.content.kind === kindFilter).map((post) => postViewOf(actor, post, member?.lastReadAt));
  return { items, nextCursor, lastReadAt: member?.lastReadAt ?? null };
};

/** The participation toolkit: practices tagged osallisuus, with the models and tools they describe. */
export const readToolkit = async (tables: TableAccess, actor: NetworkActor, cursor?: string) => {
  const { postIds, nextCursor } = await readMergedFeed(tables.platform, [feedIndexPartition.tag(toolkitTag)], feedPageSize, cursor);
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
