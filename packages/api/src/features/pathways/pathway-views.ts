import type { Activity, PathwayVersion, StoredAddition } from '@linkki/db';
import { addCounts, type FeedbackCounts, noCounts, type PathwayStage, PathwayNotFoundError, placeLocalAdditions } from '@linkki/domain';
import type { LatestPathwayCache } from './latest-pathway-cache';

/** The newest version, as the container's cache knows it (at most about a second old). */
export const latestOrThrow = async (latestPathways: LatestPathwayCache, pathwayId: string): Promise<PathwayVersion> => {
  const latest = await latestPathways.latest(pathwayId);
  if (!latest) throw new PathwayNotFoundError(pathwayId);
  return latest;
};

/** Counter items may lack a counter that was never added to. */
export const countsOfItems = (items: readonly Partial<FeedbackCounts>[]): FeedbackCounts =>
  items.reduce<FeedbackCounts>((sum, item) => addCounts(sum, { helpful: item.helpful ?? 0, notHelpful: item.notHelpful ?? 0, views: item.views ?? 0 }), noCounts());

/** Totals and per-stage counts in the stage order of the newest version. */
export const countsByStage = (stages: readonly PathwayStage[], rows: readonly (Partial<FeedbackCounts> & { stageId: string })[]) => ({
  totals: countsOfItems(rows),
  stages: stages.map((stage) => ({ stageId: stage.id, title: stage.title, counts: countsOfItems(rows.filter((row) => row.stageId === stage.id)) })),
});

export const versionSummaryOf = ({ number, changeSummary, publishedAt, publishedBy }: PathwayVersion) => ({ number, changeSummary, publishedAt, publishedBy });

export const pathwaySummaryOf = (version: PathwayVersion) => ({
  id: version.pathwayId,
  targetGroup: version.content.targetGroup,
  title: version.content.title,
  introduction: version.content.introduction,
  versionNumber: version.number,
  publishedAt: version.publishedAt,
  stageCount: version.content.stages.length,
});

/** What a resident sees of a local addition: only published listings of the county. */
const localActivityOf = (addition: StoredAddition, activity: Activity | undefined) =>
  activity?.status === 'published'
    ? [{ additionId: addition.id, activityId: addition.activityId, title: activity.content.title, municipality: activity.content.municipality, ...(addition.note ? { note: addition.note } : {}) }]
    : [];

/** The newest version with the county's own activities beside each stage's national items. */
export const residentViewOf = (version: PathwayVersion, additions: readonly StoredAddition[], activities: { get(id: string): Activity | undefined }) => {
  const { byStage } = placeLocalAdditions(
    version.content.stages.map((stage) => stage.id),
    additions,
  );
  return {
    ...pathwaySummaryOf(version),
    changeSummary: version.changeSummary,
    stages: version.content.stages.map((stage) => ({
      ...stage,
      localActivities: (byStage.get(stage.id) ?? [])
        .flatMap((addition) => localActivityOf(addition, activities.get(addition.activityId)))
        .sort((a, b) => a.municipality.localeCompare(b.municipality, 'fi') || a.title.fi.localeCompare(b.title.fi, 'fi')),
    })),
  };
};
