import { type FeedDescriptor, memberRefSchema, networkRegionSchema, networkSettingsSchema, postAuthorSchema, postContentSchema, postKinds, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { networkKey, sortKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/**
 * The cross-region network: one set of partitions shared by every county, reached only through
 * `tables.platform`. Every post is one item collection `NETWORK#POST#<id>` (content, counters,
 * index entries, revisions, comments, marks, reports); members live under `NETWORK#MEMBER#…`.
 */
export const postPartition = (postId: string) => networkKey('POST', postId);
export const postKeyOf = (postId: string) => ({ pk: postPartition(postId), sk: sortKey('POST') });
export const postStatsKeyOf = (postId: string) => ({ pk: postPartition(postId), sk: sortKey('STATS') });

/** The index partitions of gsi1 a post is listed in, each ordered by `<createdAt>#<postId>`. */
export const feedIndexPartition = {
  all: () => networkKey('FEED'),
  tag: (tag: string) => networkKey('TAG', tag),
  region: (region: string) => networkKey('REGION', region),
  kind: (kind: string) => networkKey('KIND', kind),
};
export const reportedPartition = () => networkKey('REPORTED');
export const digestPartition = () => networkKey('DIGEST');

export const feedPositionOf = (createdAt: string, postId: string) => `${createdAt}#${postId}`;

export const indexEntryKeyOf = (postId: string, partition: string) => ({ pk: postPartition(postId), sk: sortKey('IDX', ...partition.split('#').slice(1)) });

/** One listing of a post in one index partition; the sort key of the item names that partition. */
export const indexEntryOf = (postId: string, partition: string, position: string) => ({
  ...indexEntryKeyOf(postId, partition),
  gsi1pk: partition,
  gsi1sk: position,
  entity: 'networkIndex',
  postId,
});

/**
 * What the merged feed filters on, copied onto the post's entry in `NETWORK#FEED` so that one
 * Query of that partition serves any union of tags and regions. Entries written before the copy
 * existed have none until `backfillFeedDescriptors` runs; readers then judge by the post itself.
 */
const feedDescriptorSchema = z.object({ tags: z.array(z.string()), region: z.string(), kind: z.enum(postKinds) });

export const indexEntryItemSchema = storedItemSchema.extend({
  gsi1pk: z.string(),
  gsi1sk: z.string(),
  entity: z.literal('networkIndex'),
  postId: z.string(),
  ...feedDescriptorSchema.partial().shape,
});
export type IndexEntryItem = z.infer<typeof indexEntryItemSchema>;

export const feedDescriptorOf = (post: Pick<PostRecord, 'content' | 'author'>): FeedDescriptor => ({ tags: post.content.tags, region: post.author.region, kind: post.content.kind });

/** The entry's copy of the descriptor, or null on an entry that predates it. */
export const storedDescriptorOf = (entry: IndexEntryItem): FeedDescriptor | null => {
  const parsed = feedDescriptorSchema.safeParse(entry);
  return parsed.success ? parsed.data : null;
};

/** The post's entry in the merged feed partition, carrying its descriptor. */
export const feedEntryOf = (post: Pick<PostRecord, 'id' | 'content' | 'author'>, position: string) => ({
  ...indexEntryOf(post.id, feedIndexPartition.all(), position),
  ...feedDescriptorOf(post),
});

export const postRecordSchema = z.object({
  id: z.string(),
  content: postContentSchema,
  author: postAuthorSchema,
  coAuthors: z.array(memberRefSchema),
});
export type PostRecord = z.infer<typeof postRecordSchema>;
export const postItemSchema = storedItemSchema.extend(postRecordSchema.shape).extend({ entity: z.literal('networkPost') });
export type PostItem = z.infer<typeof postItemSchema>;

/** Counters and moderation state, kept apart so a mark or a report never makes an author's edit stale. */
export const postStatsSchema = z.object({
  postId: z.string(),
  usefulCount: z.number().int().nonnegative(),
  commentCount: z.number().int().nonnegative(),
  reportCount: z.number().int().nonnegative(),
  openReports: z.number().int().nonnegative(),
  hidden: z.boolean(),
  hiddenReason: z.string().optional(),
  hiddenAt: z.string().optional(),
  lastReportReason: z.string().optional(),
});
export type PostStats = z.infer<typeof postStatsSchema>;
export const postStatsItemSchema = storedItemSchema.extend(postStatsSchema.shape).extend({ entity: z.literal('networkPostStats') });
export type PostStatsItem = z.infer<typeof postStatsItemSchema>;

export const newPostStats = (postId: string): PostStats => ({ postId, usefulCount: 0, commentCount: 0, reportCount: 0, openReports: 0, hidden: false });

/** The content a post had before an edit, under its version number (zero-padded so it sorts). */
export const revisionKeyOf = (postId: string, version: number) => ({ pk: postPartition(postId), sk: sortKey('REV', String(version).padStart(6, '0')) });
export const revisionItemSchema = storedItemSchema.extend({
  entity: z.literal('networkRevision'),
  postId: z.string(),
  revision: z.number().int().positive(),
  content: postContentSchema,
  coAuthors: z.array(memberRefSchema),
  savedBy: memberRefSchema,
  savedAt: z.string(),
});

export const commentKeyOf = (postId: string, createdAt: string, commentId: string) => ({ pk: postPartition(postId), sk: sortKey('COMMENT', `${createdAt}_${commentId}`) });
export const commentRequestKeyOf = (postId: string, commentId: string) => ({ pk: postPartition(postId), sk: sortKey('COMMENTREQ', commentId) });
export const commentItemSchema = storedItemSchema.extend({
  entity: z.literal('networkComment'),
  id: z.string(),
  postId: z.string(),
  body: z.string(),
  author: postAuthorSchema,
});

export const usefulMarkKeyOf = (postId: string, member: string) => ({ pk: postPartition(postId), sk: sortKey('USEFUL', member) });
export const reportKeyOf = (postId: string, member: string) => ({ pk: postPartition(postId), sk: sortKey('REPORT', member) });

export const memberKeyOf = (region: string, userId: string) => ({ pk: networkKey('MEMBER', region, userId), sk: sortKey('SETTINGS') });
export const memberItemSchema = storedItemSchema.extend(networkSettingsSchema.shape).extend({
  entity: z.literal('networkMember'),
  region: networkRegionSchema,
  userId: userIdSchema,
  lastReadAt: z.string().optional(),
  email: z.email().optional(),
  lastDigestAt: z.string().optional(),
});
export type MemberItem = z.infer<typeof memberItemSchema>;
