import { createHash } from 'node:crypto';
import { createNetworkMemberRepository, createNetworkPostRepository, feedDescriptorOf, type MemberItem, type Notification, notificationItemOf, type StoredPost, type TableAccess } from '@linkki/db';
import { feedSelectionOf, helsinkiWeekStartOf, matchesFeedSelection, nationalRegion, networkTags, type NetworkTag } from '@linkki/domain';
import { readSelection } from '../network-feed-plan';

const weekMs = 7 * 24 * 60 * 60 * 1000;

export interface DigestContext {
  tables: TableAccess;
  appUrl: string;
  now: Date;
}

/**
 * The Monday of `now`'s Helsinki week, written as that day's 00:00 UTC: one digest per member per
 * week, however often the schedule fires. The outbox key and the digest id are made from it.
 */
export const weekStartOf = (now: Date): Date => new Date(`${helsinkiWeekStartOf(now)}T00:00:00.000Z`);

/** Up to a page of the member's followed posts since the last digest (at most a week back), hidden ones left out. */
const newFollowedPosts = async (tables: TableAccess, member: MemberItem, now: Date): Promise<StoredPost[]> => {
  const weekAgo = new Date(now.getTime() - weekMs).toISOString();
  const since = member.lastDigestAt && member.lastDigestAt > weekAgo ? member.lastDigestAt : weekAgo;
  const selection = feedSelectionOf({ followed: true }, member);
  const { postIds } = await readSelection(tables.platform, selection);
  const posts = await createNetworkPostRepository(tables.platform).many(postIds);
  return posts.filter(({ post, stats }) => !stats.hidden && post.createdAt > since && matchesFeedSelection(selection, feedDescriptorOf(post)));
};

const tagNames = (tags: readonly NetworkTag[]) => tags.map((tag) => networkTags[tag].fi).join(', ');

/** The digest message, in Finnish (the network's working language), or null when there is nothing new or nowhere to send it. */
export const buildDigest = async ({ tables, appUrl, now }: DigestContext, member: MemberItem): Promise<Notification | null> => {
  if (member.region === nationalRegion || !member.email) return null;
  const posts = await newFollowedPosts(tables, member, now);
  if (posts.length === 0) return null;
  const lines = posts.map(({ post }) => `- ${post.content.title} (${post.author.displayName}, ${post.author.regionName})\n  ${appUrl}/${member.region}/network/posts/${post.id}`);
  const week = weekStartOf(now).toISOString().slice(0, 10);
  return {
    id: `network-digest-${week}-${createHash('sha256').update(`${member.region}/${member.userId}`).digest('hex').slice(0, 16)}`,
    to: [member.email],
    subject: `Kehittäjäverkoston viikkokooste: ${posts.length} uutta julkaisua`,
    body: [
      `Seuraamissasi aiheissa (${tagNames(member.followedTags) || 'valitut alueet'}) on uutta:`,
      '',
      ...lines,
      '',
      `Muuta seurattavia aiheita tai peru kooste: ${appUrl}/${member.region}/network/settings`,
    ]
      .join('\n')
      .slice(0, 5000),
    topic: 'networkDigest',
  };
};

/**
 * Queues each subscriber's weekly digest in their own county's outbox, which sends it. The
 * outbox item is keyed by the week, so a repeated run in the same week queues nothing twice.
 */
export const queueWeeklyDigests = async (context: DigestContext): Promise<{ members: number; queued: number }> => {
  const members = createNetworkMemberRepository(context.tables.platform);
  const week = weekStartOf(context.now).toISOString();
  let cursor: string | undefined;
  let count = 0;
  let queued = 0;
  do {
    const page = await members.digestSubscribers(cursor);
    for (const member of page.items) {
      count += 1;
      const digest = await buildDigest(context, member);
      if (!digest || !(await context.tables.tenant(member.region).putIfAbsent(notificationItemOf(member.region, digest, week)))) continue;
      await members.recordDigest(member, context.now.toISOString());
      queued += 1;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { members: count, queued };
};
