import {
  addLocalActivityInputSchema,
  createPathwayDraftInputSchema,
  moveLocalActivityInputSchema,
  pathwayDiffInputSchema,
  pathwayFeedbackInputSchema,
  pathwayListInputSchema,
  pathwayRefSchema,
  pathwayVersionInputSchema,
  pathwayVersionsInputSchema,
  pathwayVocabulary,
  publishPathwayInputSchema,
  removeLocalActivityInputSchema,
  savePathwayDraftInputSchema,
  stageFeedbackInputSchema,
  stageViewInputSchema,
} from '@linkki/domain';
import * as z from 'zod';
import { noInput, publicProcedure, residentProcedure, roleProcedure, router, tenantRoleProcedure } from '../../trpc';
import { countyFeedback, giveStageFeedback, recordStageView } from './pathway-feedback.service';
import { addLocalActivity, moveLocalActivity, pathwayNews, readLocalAdditions, removeLocalActivity } from './pathway-local.service';
import { createDraft, listDrafts, nationalFeedback, publishDraft, readDraft, saveDraft } from './pathway-national.service';
import { diffVersions, listPathways, listVersions, readPathway, readVersion } from './pathway-reads.service';

/** Diabetesliitto's national publisher, platform-wide: never a county role, so it reaches no county's own data. */
const publisherProcedure = roleProcedure('nationalPublisher');
const coordinatorProcedure = tenantRoleProcedure('coordinator');

type PublisherContext = Parameters<Parameters<typeof publisherProcedure.query>[0]>[0]['ctx'];
const publisher = (ctx: PublisherContext) => ({ tables: ctx.deps.tables, latestPathways: ctx.deps.latestPathways, userId: ctx.identity.userId, now: ctx.deps.now() });

type CoordinatorContext = Parameters<Parameters<typeof coordinatorProcedure.query>[0]>[0]['ctx'];
const county = (ctx: CoordinatorContext) => ({ tables: ctx.deps.tables, latestPathways: ctx.deps.latestPathways, tenantId: ctx.tenantId, userId: ctx.userId });

type ResidentContext = Parameters<Parameters<typeof residentProcedure.query>[0]>[0]['ctx'];
const resident = (ctx: ResidentContext) => ({
  tables: ctx.deps.tables,
  latestPathways: ctx.deps.latestPathways,
  tenant: ctx.tenant,
  clientAddress: ctx.clientAddress,
  hashAddress: ctx.deps.hashAddress,
  limits: ctx.deps.submissionLimits,
  now: ctx.deps.now(),
});

const cursorOnly = z.object({ cursor: z.string().max(4000).optional() }).strict();

export const pathwaysRouter = router({
  vocabulary: publicProcedure.input(noInput).query(() => pathwayVocabulary()),

  // Residents of the county named by the token or x-tenant.
  list: residentProcedure.input(pathwayListInputSchema).query(({ ctx, input }) => listPathways(ctx.deps.tables, input?.targetGroup)),
  byId: residentProcedure.input(pathwayRefSchema).query(({ ctx, input }) => readPathway(ctx.deps, ctx.tenant.slug, input.pathwayId)),
  recordView: residentProcedure.input(stageViewInputSchema).mutation(({ ctx, input }) => recordStageView(resident(ctx), input)),
  giveFeedback: residentProcedure.input(stageFeedbackInputSchema).mutation(({ ctx, input }) => giveStageFeedback(resident(ctx), input)),

  // National content that needs no county: the version history is public.
  versions: publicProcedure.input(pathwayVersionsInputSchema).query(({ ctx, input }) => listVersions(ctx.deps.tables, input.pathwayId, input.cursor)),
  version: publicProcedure.input(pathwayVersionInputSchema).query(({ ctx, input }) => readVersion(ctx.deps.tables, input.pathwayId, input.number)),
  diff: publicProcedure.input(pathwayDiffInputSchema).query(({ ctx, input }) => diffVersions(ctx.deps.tables, input.pathwayId, input.from, input.to)),

  drafts: publisherProcedure.input(noInput).query(({ ctx }) => listDrafts(publisher(ctx))),
  draft: publisherProcedure.input(pathwayRefSchema).query(({ ctx, input }) => readDraft(publisher(ctx), input.pathwayId)),
  createDraft: publisherProcedure.input(createPathwayDraftInputSchema).mutation(({ ctx, input }) => createDraft(publisher(ctx), input)),
  saveDraft: publisherProcedure.input(savePathwayDraftInputSchema).mutation(({ ctx, input }) => saveDraft(publisher(ctx), input)),
  publish: publisherProcedure.input(publishPathwayInputSchema).mutation(({ ctx, input }) => publishDraft(publisher(ctx), input, ctx.deps.pathwayPublished)),
  nationalFeedback: publisherProcedure.input(pathwayRefSchema).query(async ({ ctx, input }) => nationalFeedback(publisher(ctx), input.pathwayId, await ctx.deps.tenants.all())),

  localAdditions: coordinatorProcedure.input(pathwayRefSchema).query(({ ctx, input }) => readLocalAdditions(county(ctx), input.pathwayId)),
  addLocalActivity: coordinatorProcedure.input(addLocalActivityInputSchema).mutation(({ ctx, input }) => addLocalActivity(county(ctx), input)),
  moveLocalActivity: coordinatorProcedure.input(moveLocalActivityInputSchema).mutation(({ ctx, input }) => moveLocalActivity(county(ctx), input)),
  removeLocalActivity: coordinatorProcedure.input(removeLocalActivityInputSchema).mutation(({ ctx, input }) => removeLocalActivity(county(ctx), input)),
  notifications: coordinatorProcedure.input(cursorOnly).query(({ ctx, input }) => pathwayNews(county(ctx), input.cursor)),
  feedback: coordinatorProcedure.input(pathwayFeedbackInputSchema).query(({ ctx, input }) => countyFeedback(county(ctx), input.pathwayId, input.cursor)),
});
