import { createNationalPathwayStatsRepository, createPathwayLocalRepository, type TableAccess } from '@linkki/db';
import { type FeedbackCounts, PathwayStageNotFoundError, pathwayViewsPerAddressPerHour, type StageFeedbackInput } from '@linkki/domain';
import { admitSubmission, type Submitter, withinAddressLimit } from '../../abuse/submission-limits';
import type { LatestPathwayCache } from './latest-pathway-cache';
import { hashId } from './pathway-ids';
import { countsByStage, latestOrThrow } from './pathway-views';

/** A resident's anonymous call: the county's tables and what the submission limits need. */
export interface ResidentSession extends Omit<Submitter, 'gateway'> {
  tables: TableAccess;
  latestPathways: LatestPathwayCache;
}

const submitterOf = (session: ResidentSession): Submitter => ({ ...session, gateway: session.tables.tenant(session.tenant.slug) });

const assertStage = async (latestPathways: LatestPathwayCache, pathwayId: string, stageId: string) => {
  const latest = await latestOrThrow(latestPathways, pathwayId);
  if (!latest.content.stages.some((stage) => stage.id === stageId)) throw new PathwayStageNotFoundError(stageId);
};

/** Counted for the county and, anonymously, beside the national pathway for Diabetesliitto. */
const count = (session: ResidentSession, pathwayId: string, stageId: string, increments: Partial<FeedbackCounts>) =>
  Promise.all([
    createPathwayLocalRepository({ gateway: session.tables.tenant(session.tenant.slug), tenantId: session.tenant.slug }).count(pathwayId, stageId, increments),
    createNationalPathwayStatsRepository(session.tables.platform).count(pathwayId, session.tenant.slug, stageId, increments),
  ]);

/** A view beyond the address's hourly limit is simply not counted; the resident notices nothing. */
export const recordStageView = async (session: ResidentSession, input: { pathwayId: string; stageId: string }) => {
  await assertStage(session.latestPathways, input.pathwayId, input.stageId);
  if (!(await withinAddressLimit(submitterOf(session), 'pathwayView', pathwayViewsPerAddressPerHour))) return { recorded: false };
  await count(session, input.pathwayId, input.stageId, { views: 1 });
  return { recorded: true };
};

/** Anonymous feedback; a retry with the same requestId is answered as before and counts nothing, not even against the limits. */
export const giveStageFeedback = async (session: ResidentSession, input: StageFeedbackInput) => {
  await assertStage(session.latestPathways, input.pathwayId, input.stageId);
  const submitter = submitterOf(session);
  const local = createPathwayLocalRepository({ gateway: submitter.gateway, tenantId: session.tenant.slug });
  const feedbackId = hashId(`feedback:${input.requestId}`);
  if (await local.hasFeedback(input.pathwayId, feedbackId)) return { received: true as const };
  await admitSubmission(submitter, 'pathwayFeedback');
  const fresh = await local.recordFeedback(input.pathwayId, { feedbackId, stageId: input.stageId, helpful: input.helpful, comment: input.comment, now: session.now.toISOString() });
  if (fresh) await count(session, input.pathwayId, input.stageId, input.helpful ? { helpful: 1 } : { notHelpful: 1 });
  return { received: true as const };
};

/** The county's own counts and comments. */
export const countyFeedback = async ({ tables, tenantId, latestPathways }: { tables: TableAccess; tenantId: string; latestPathways: LatestPathwayCache }, pathwayId: string, cursor?: string) => {
  const local = createPathwayLocalRepository({ gateway: tables.tenant(tenantId), tenantId });
  const [latest, counts, comments] = await Promise.all([latestOrThrow(latestPathways, pathwayId), local.stageCounts(pathwayId), local.comments(pathwayId, cursor)]);
  const rows = [...counts].map(([stageId, stats]) => ({ ...stats, stageId }));
  return { ...countsByStage(latest.content.stages, rows), comments };
};
