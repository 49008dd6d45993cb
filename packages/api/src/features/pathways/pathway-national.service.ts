import { createNationalPathwayStatsRepository, createPathwayRepository, ItemAlreadyExistsError, type PathwayDraft, type TableAccess } from '@linkki/db';
import { assertPublishable, type CreatePathwayDraftInput, PathwayNotFoundError, type PublishPathwayInput, type SavePathwayDraftInput, sameContent, type Tenant } from '@linkki/domain';
import { newsOfVersion, type PathwayPublishedSink } from './pathway-fanout';
import type { LatestPathwayCache } from './latest-pathway-cache';
import { hashId, pathwayIdOf } from './pathway-ids';
import { countsByStage, countsOfItems, latestOrThrow } from './pathway-views';

export interface PublisherSession {
  tables: TableAccess;
  latestPathways: LatestPathwayCache;
  userId: string;
  now: Date;
}

const draftView = async (session: PublisherSession, draft: PathwayDraft) => {
  const latest = draft.publishedVersion > 0 ? await createPathwayRepository(session.tables.platform).latest(draft.id) : null;
  return { ...draft, hasUnpublishedChanges: !latest || !sameContent(latest.content, draft.content) };
};

const draftOrThrow = async (session: PublisherSession, pathwayId: string) => {
  const draft = await createPathwayRepository(session.tables.platform).draft(pathwayId);
  if (!draft) throw new PathwayNotFoundError(pathwayId);
  return draft;
};

export const readDraft = async (session: PublisherSession, pathwayId: string) => draftView(session, await draftOrThrow(session, pathwayId));

/** The list shows whether each draft differs from its newest version, read alongside in one Query. */
export const listDrafts = async ({ tables }: PublisherSession) => {
  const pathways = createPathwayRepository(tables.platform);
  const [drafts, published] = await Promise.all([pathways.drafts(), pathways.published()]);
  const latest = new Map(published.map((version) => [version.pathwayId, version]));
  return {
    items: drafts.map((draft) => {
      const newest = latest.get(draft.id);
      const { id, content, version, publishedVersion, updatedAt } = draft;
      return { id, targetGroup: content.targetGroup, title: content.title, version, publishedVersion, updatedAt, hasUnpublishedChanges: !newest || !sameContent(newest.content, content) };
    }),
  };
};

/** The id follows from the requestId, so a retry returns the draft the first call made. */
export const createDraft = async (session: PublisherSession, input: CreatePathwayDraftInput) => {
  const pathwayId = pathwayIdOf(input.requestId);
  await createPathwayRepository(session.tables.platform).createDraft(pathwayId, input.content, session.userId);
  return readDraft(session, pathwayId);
};

export const saveDraft = async (session: PublisherSession, input: SavePathwayDraftInput) => {
  await draftOrThrow(session, input.pathwayId);
  const draft = await createPathwayRepository(session.tables.platform).saveDraft(input.pathwayId, input.expectedVersion, input.content, session.userId);
  return draftView(session, draft);
};

/**
 * Freezes the draft as the next numbered version. A retry with the same requestId finds the
 * version it made; otherwise a stale draft version is a conflict. The counties hear of it
 * through the fan-out (the table stream in AWS, `published` locally).
 */
export const publishDraft = async (session: PublisherSession, input: PublishPathwayInput, published?: PathwayPublishedSink) => {
  const pathways = createPathwayRepository(session.tables.platform);
  const requestHash = hashId(`publish:${input.requestId}`);
  const earlier = await pathways.publishedNumberOf(input.pathwayId, requestHash);
  if (earlier !== null) return resultOf(input.pathwayId, await pathways.version(input.pathwayId, earlier));
  const draft = await draftOrThrow(session, input.pathwayId);
  const latest = draft.publishedVersion > 0 ? await pathways.latest(draft.id) : null;
  assertPublishable(draft.content, latest);
  const version = {
    pathwayId: draft.id,
    number: draft.publishedVersion + 1,
    changeSummary: input.changeSummary,
    content: draft.content,
    publishedAt: session.now.toISOString(),
    publishedBy: session.userId,
  };
  try {
    await pathways.publish({ draft: { ...draft, version: input.expectedVersion }, version, requestHash });
  } catch (error) {
    // Two retries of one request raced: the other one made the version.
    const raced = error instanceof ItemAlreadyExistsError ? await pathways.publishedNumberOf(input.pathwayId, requestHash) : null;
    if (raced === null) throw error;
    return resultOf(input.pathwayId, await pathways.version(input.pathwayId, raced));
  }
  session.latestPathways.forget(draft.id);
  await published?.(newsOfVersion(version));
  return resultOf(draft.id, version);
};

const resultOf = (pathwayId: string, version: { number: number; publishedAt: string } | null) => {
  if (!version) throw new PathwayNotFoundError(pathwayId);
  return { pathwayId, number: version.number, publishedAt: version.publishedAt };
};

/** Every county's counts of the pathway, from the national counters: one Query, no county partition read. */
export const nationalFeedback = async ({ tables, latestPathways }: PublisherSession, pathwayId: string, counties: readonly Tenant[]) => {
  const latest = await latestOrThrow(latestPathways, pathwayId);
  const rows = await createNationalPathwayStatsRepository(tables.platform).all(pathwayId);
  const names = new Map(counties.map((county) => [county.slug, county.name.fi]));
  const tenantIds = [...new Set(rows.map((row) => row.tenantId))].sort();
  return {
    ...countsByStage(latest.content.stages, rows),
    tenants: tenantIds.map((tenantId) => {
      const own = rows.filter((row) => row.tenantId === tenantId);
      return { tenantId, tenantName: names.get(tenantId) ?? tenantId, counts: countsOfItems(own), stages: own.map((row) => ({ stageId: row.stageId, counts: countsOfItems([row]) })) };
    }),
  };
};
