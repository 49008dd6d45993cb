import { createActivityRepository, createPathwayLocalRepository, createPathwayRepository, type TableAccess } from '@linkki/db';
import { diffPathwayVersions, type PathwayTargetGroup, PathwayVersionNotFoundError } from '@linkki/domain';
import type { LatestPathwayCache } from './latest-pathway-cache';
import { latestOrThrow, pathwaySummaryOf, residentViewOf, versionSummaryOf } from './pathway-views';

/** Published pathways in their newest versions: one Query of the national index. */
export const listPathways = async (tables: TableAccess, targetGroup?: PathwayTargetGroup) => {
  const published = await createPathwayRepository(tables.platform).published();
  return { items: published.filter((version) => !targetGroup || version.content.targetGroup === targetGroup).map(pathwaySummaryOf) };
};

/**
 * The newest version with this county's local activities: GetItem of the national copy and Query
 * of the county's additions in parallel, then one BatchGetItem of the listings. Three requests,
 * however many counties there are.
 */
export const readPathway = async ({ tables, latestPathways }: { tables: TableAccess; latestPathways: LatestPathwayCache }, tenantId: string, pathwayId: string) => {
  const gateway = tables.tenant(tenantId);
  const [version, additions] = await Promise.all([latestOrThrow(latestPathways, pathwayId), createPathwayLocalRepository({ gateway, tenantId }).additions(pathwayId)]);
  const activities = await createActivityRepository({ gateway, tenantId }).byIds(additions.map((addition) => addition.activityId));
  return residentViewOf(version, additions, activities);
};

export const listVersions = async (tables: TableAccess, pathwayId: string, cursor?: string) => {
  const page = await createPathwayRepository(tables.platform).versions(pathwayId, cursor);
  return { items: page.items.map(versionSummaryOf), nextCursor: page.nextCursor };
};

const versionOrThrow = async (tables: TableAccess, pathwayId: string, number: number) => {
  const version = await createPathwayRepository(tables.platform).version(pathwayId, number);
  if (!version) throw new PathwayVersionNotFoundError(pathwayId, number);
  return version;
};

export const readVersion = versionOrThrow;

/** Version 0 is "before the first", so the first version's diff lists everything as added. */
export const diffVersions = async (tables: TableAccess, pathwayId: string, from: number, to: number) => {
  const [before, after] = await Promise.all([from > 0 ? versionOrThrow(tables, pathwayId, from) : null, versionOrThrow(tables, pathwayId, to)]);
  return diffPathwayVersions(before, after);
};
