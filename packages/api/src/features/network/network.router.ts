import {
  commentBodySchema,
  moderationReasonSchema,
  networkFeedFilterSchema,
  networkModeratorRoles,
  networkPosterRoles,
  networkReaderRoles,
  networkSettingsSchema,
  postContentSchema,
} from '@linkki/domain';
import * as z from 'zod';
import { noInput, roleProcedure, router } from '../../trpc';
import { actorOf, type NetworkActor } from './network-actor';
import { readFeed, readToolkit } from './network-feed.service';
import { addComment, listComments, markUseful, moderatePost, moderationQueue, reportPost } from './network-interactions.service';
import { markFeedRead, readSettings, saveSettings } from './network-member.service';
import { createPost, postHistory, readPost, updatePost } from './network-posts.service';
import { networkVocabulary } from './network-vocabulary';

/** Platform-wide roles take part too, so these are role procedures rather than county ones. */
const readerProcedure = roleProcedure(...networkReaderRoles);
const posterProcedure = roleProcedure(...networkPosterRoles);
const moderatorProcedure = roleProcedure(...networkModeratorRoles);

type NetworkContext = Parameters<Parameters<typeof readerProcedure.query>[0]>[0]['ctx'];
const session = (ctx: NetworkContext): { tables: NetworkContext['deps']['tables']; actor: NetworkActor; now: Date } => ({
  tables: ctx.deps.tables,
  actor: actorOf(ctx.identity, ctx.tenant),
  now: ctx.deps.now(),
});

const postId = z.string().regex(/^[a-f0-9]{20}$/, 'is not a post id');
const cursor = z.string().max(4000).optional();
const byPost = z.object({ postId }).strict();

export const networkRouter = router({
  vocabulary: readerProcedure.input(noInput).query(() => networkVocabulary()),

  feed: readerProcedure.input(networkFeedFilterSchema.extend({ cursor }).strict()).query(({ ctx, input }) => {
    const { tables, actor } = session(ctx);
    const { cursor: at, ...filter } = input;
    return readFeed(tables, actor, filter, at);
  }),

  post: readerProcedure.input(byPost).query(({ ctx, input }) => readPost(ctx.deps.tables, session(ctx).actor, input.postId)),

  history: readerProcedure.input(byPost.extend({ cursor }).strict()).query(({ ctx, input }) => postHistory(ctx.deps.tables, session(ctx).actor, input.postId, input.cursor)),

  create: posterProcedure.input(z.object({ requestId: z.uuid(), content: postContentSchema }).strict()).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return createPost(tables, actor, input, now);
  }),

  update: posterProcedure.input(z.object({ postId, expectedVersion: z.number().int().positive(), content: postContentSchema }).strict()).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return updatePost(tables, actor, { id: input.postId, expectedVersion: input.expectedVersion, content: input.content }, now);
  }),

  comments: readerProcedure.input(byPost.extend({ cursor }).strict()).query(({ ctx, input }) => listComments(ctx.deps.tables, session(ctx).actor, input.postId, input.cursor)),

  comment: posterProcedure.input(z.object({ postId, requestId: z.uuid(), body: commentBodySchema }).strict()).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return addComment(tables, actor, input, now);
  }),

  markUseful: posterProcedure.input(byPost).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return markUseful(tables, actor, input.postId, now);
  }),

  report: readerProcedure.input(z.object({ postId, reason: moderationReasonSchema }).strict()).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return reportPost(tables, actor, input, now);
  }),

  moderationQueue: moderatorProcedure.input(z.object({ cursor }).strict()).query(({ ctx, input }) => moderationQueue(ctx.deps.tables, session(ctx).actor, input.cursor)),

  hide: moderatorProcedure.input(z.object({ postId, reason: moderationReasonSchema }).strict()).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return moderatePost(tables, actor, { postId: input.postId, hidden: true, reason: input.reason }, now);
  }),

  unhide: moderatorProcedure.input(byPost).mutation(({ ctx, input }) => {
    const { tables, actor, now } = session(ctx);
    return moderatePost(tables, actor, { postId: input.postId, hidden: false }, now);
  }),

  settings: readerProcedure.input(noInput).query(({ ctx }) => readSettings(ctx.deps.tables, session(ctx).actor)),

  saveSettings: readerProcedure
    .input(networkSettingsSchema.extend({ expectedVersion: z.number().int().nonnegative() }).strict())
    .mutation(({ ctx, input }) => saveSettings(ctx.deps.tables, session(ctx).actor, input)),

  markRead: readerProcedure.input(noInput).mutation(({ ctx }) => {
    const { tables, actor, now } = session(ctx);
    return markFeedRead(tables, actor, now);
  }),

  toolkit: readerProcedure.input(z.object({ cursor }).strict()).query(({ ctx, input }) => readToolkit(ctx.deps.tables, session(ctx).actor, input.cursor)),
});
