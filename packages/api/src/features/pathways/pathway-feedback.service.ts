import { createNationalPathwayStatsRepository, createPathwayLocalRepository, type TableAccess, type TableGateway, tenantKey } from '@linkki/db';
import { type FeedbackCounts, PathwayStageNotFoundError, pathwayFeedbackLimits, RateLimitExceededError, type StageFeedbackInput } from '@linkki/domain';
import { hashId } from './pathway-ids';
import { countsByStage, latestOrThrow } from './pathway-views';

export interface ResidentSession {
  tables: TableAccess;
  tenantId: string;
  clientAddress: string;
  now: Date;
}

const hourOf = (now: Date) => now.toISOString().slice(0, 13);

/**
 * One hourly window of an abuse limit. The client address is kept only as a hash, and only
 * until the window has passed; false when the limit is used up.
 */
const withinLimit = (gateway: TableGateway, { tenantId, clientAddress, now }: ResidentSession, name: string, perAddress: boolean, limit: number) => {
  const marker = perAddress ? [hashId(`${tenantId}:${clientAddress}`, 22)] : [];
  const expiresAt = Math.floor(now.getTime() / 1000) + 2 * 60 * 60;
  return gateway.incrementBelow({ pk: tenantKey(tenantId, 'RATE', name, ...marker), sk: hourOf(now) }, limit, expiresAt);
};

const secondsLeftInHour = (now: Date) => 3600 - Math.floor((now.getTime() / 1000) % 3600);

const assertStage = async (tables: TableAccess, pathwayId: string, stageId: string) => {
  const latest = await latestOrThrow(tables, pathwayId);
  if (!latest.content.stages.some((stage) => stage.id === stageId)) throw new PathwayStageNotFoundError(stageId);
};

/** Counted for the county and, anonymously, beside the national pathway for Diabetesliitto. */
const count = (session: ResidentSession, pathwayId: string, stageId: string, increments: Partial<FeedbackCounts>) =>
  Promise.all([
    createPathwayLocalRepository({ gateway: session.tables.tenant(session.tenantId), tenantId: session.tenantId }).count(pathwayId, stageId, increments),
    createNationalPathwayStatsRepository(session.tables.platform).count(pathwayId, session.tenantId, stageId, increments),
  ]);

/** A view beyond the address's hourly limit is simply not counted; the resident notices nothing. */
export const recordStageView = async (session: ResidentSession, input: { pathwayId: string; stageId: string }) => {
  await assertStage(session.tables, input.pathwayId, input.stageId);
  const gateway = session.tables.tenant(session.tenantId);
  if (!(await withinLimit(gateway, session, 'pathway-view', true, pathwayFeedbackLimits.viewsPerAddress))) return { recorded: false };
  await count(session, input.pathwayId, input.stageId, { views: 1 });
  return { recorded: true };
};

/** Anonymous feedback; a retry with the same requestId counts once. */
export const giveStageFeedback = async (session: ResidentSession, input: StageFeedbackInput) => {
  await assertStage(session.tables, input.pathwayId, input.stageId);
  const gateway = session.tables.tenant(session.tenantId);
  for (const [perAddress, limit] of [[true, pathwayFeedbackLimits.feedbackPerAddress], [false, pathwayFeedbackLimits.feedbackPerTenant]] as const) {
    if (!(await withinLimit(gateway, session, 'pathway-feedback', perAddress, limit))) throw new RateLimitExceededError(secondsLeftInHour(session.now));
  }
  const local = createPathwayLocalRepository({ gateway, tenantId: session.tenantId });
  const feedbackId = hashId(`feedback:${input.requestId}`);
  const fresh = await local.recordFeedback(input.pathwayId, { feedbackId, stageId: input.stageId, helpful: input.helpful, comment: input.comment, now: session.now.toISOString() });
  if (fresh) await count(session, input.pathwayId, input.stageId, input.helpful ? { helpful: 1 } : { notHelpful: 1 });
  return { received: true as const };
};

/** The county's own counts and comments. */
export const countyFeedback = async ({ tables, tenantId }: { tables: TableAccess; tenantId: string }, pathwayId: string, cursor?: string) => {
  const local = createPathwayLocalRepository({ gateway: tables.tenant(tenantId), tenantId });
  const [latest, counts, comments] = await Promise.all([latestOrThrow(tables, pathwayId), local.stageCounts(pathwayId), local.comments(pathwayId, cursor)]);
  const rows = [...counts].map(([stageId, stats]) => ({ ...stats, stageId }));
  return { ...countsByStage(latest.content.stages, rows), comments };
};
