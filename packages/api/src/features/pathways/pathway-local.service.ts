import { type Activity, createActivityRepository, createPathwayLocalRepository, type PathwayVersion, type StoredAddition, type TableAccess } from '@linkki/db';
import { type AddLocalActivityInput, LocalActivityNotPublishedError, LocalAdditionNotFoundError, PathwayStageNotFoundError, placeLocalAdditions } from '@linkki/domain';
import type { LatestPathwayCache } from './latest-pathway-cache';
import { hashId } from './pathway-ids';
import { latestOrThrow } from './pathway-views';

export interface CountySession {
  tables: TableAccess;
  latestPathways: LatestPathwayCache;
  tenantId: string;
  userId: string;
}

const repositoriesOf = ({ tables, tenantId }: CountySession) => {
  const gateway = tables.tenant(tenantId);
  return { local: createPathwayLocalRepository({ gateway, tenantId }), activities: createActivityRepository({ gateway, tenantId }) };
};

const additionView = (addition: StoredAddition, activity: Activity | null | undefined) => {
  const { id, stageId, activityId, note, version, createdAt } = addition;
  return {
    id,
    stageId,
    activityId,
    ...(note ? { note } : {}),
    version,
    addedAt: createdAt,
    activity: activity ? { title: activity.content.title, municipality: activity.content.municipality, status: activity.status } : null,
  };
};

const assertStage = (version: PathwayVersion, stageId: string) => {
  if (!version.content.stages.some((stage) => stage.id === stageId)) throw new PathwayStageNotFoundError(stageId);
};

/** Additions under the stages of the newest version; those whose stage it dropped wait to be re-homed. */
export const readLocalAdditions = async (session: CountySession, pathwayId: string) => {
  const { local, activities } = repositoriesOf(session);
  const [version, additions] = await Promise.all([latestOrThrow(session.latestPathways, pathwayId), local.additions(pathwayId)]);
  const listings = await activities.byIds(additions.map((addition) => addition.activityId));
  const view = (addition: StoredAddition) => additionView(addition, listings.get(addition.activityId));
  const { byStage, needsRehoming } = placeLocalAdditions(
    version.content.stages.map((stage) => stage.id),
    additions,
  );
  return {
    versionNumber: version.number,
    stages: version.content.stages.map((stage) => ({ stageId: stage.id, title: stage.title, additions: (byStage.get(stage.id) ?? []).map(view) })),
    needsRehoming: needsRehoming.map(view),
  };
};

/**
 * Only a published listing of this same county can be attached; the id follows from the requestId.
 * What it checks is read at once (the listing, the pathway's additions), then one write.
 */
export const addLocalActivity = async (session: CountySession, input: AddLocalActivityInput) => {
  const { local, activities } = repositoriesOf(session);
  const { pathwayId, stageId, activityId, note } = input;
  const [version, activity, additions] = await Promise.all([latestOrThrow(session.latestPathways, pathwayId), activities.byId(activityId), local.additions(pathwayId)]);
  assertStage(version, stageId);
  if (activity?.status !== 'published') throw new LocalActivityNotPublishedError(activityId);
  // The same listing on the same stage twice would show twice: the one already there is the answer.
  const present = additions.find((addition) => addition.stageId === stageId && addition.activityId === activityId);
  if (present) return additionView(present, activity);
  const id = hashId(`addition:${session.tenantId}:${input.requestId}`);
  const stored = (await local.add({ id, pathwayId, stageId, activityId, ...(note ? { note } : {}), addedBy: session.userId })) ?? (await local.addition(pathwayId, id));
  if (!stored) throw new LocalAdditionNotFoundError(id);
  return additionView(stored, activity);
};

const additionOrThrow = async (session: CountySession, pathwayId: string, additionId: string) => {
  const addition = await repositoriesOf(session).local.addition(pathwayId, additionId);
  if (!addition) throw new LocalAdditionNotFoundError(additionId);
  return addition;
};

export const moveLocalActivity = async (session: CountySession, input: { pathwayId: string; additionId: string; expectedVersion: number; stageId: string }) => {
  const { local, activities } = repositoriesOf(session);
  const [version] = await Promise.all([latestOrThrow(session.latestPathways, input.pathwayId), additionOrThrow(session, input.pathwayId, input.additionId)]);
  assertStage(version, input.stageId);
  const moved = await local.move(input.pathwayId, input.additionId, input.expectedVersion, input.stageId);
  return additionView(moved, await activities.byId(moved.activityId));
};

export const removeLocalActivity = async (session: CountySession, input: { pathwayId: string; additionId: string; expectedVersion: number }) => {
  await additionOrThrow(session, input.pathwayId, input.additionId);
  await repositoriesOf(session).local.remove(input.pathwayId, input.additionId, input.expectedVersion);
  return { removed: true as const };
};

export const pathwayNews = async (session: CountySession, cursor?: string) => {
  const page = await repositoriesOf(session).local.news(cursor);
  return { items: page.items.map(({ pathwayId, number, title, changeSummary, publishedAt }) => ({ pathwayId, number, title, changeSummary, publishedAt })), nextCursor: page.nextCursor };
};
