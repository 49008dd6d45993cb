import { pathwayContentSchema, translationGaps } from '@linkki/domain';
import { describe, expect, it } from 'vitest';
import { demoCatalogs } from '../catalog';
import { demoPathwayCounties } from './demo-pathway-local';
import { demoPathways } from './seed-pathways';

const newestStagesOf = (pathwayId: string) =>
  new Set(
    demoPathways
      .find((pathway) => pathway.id === pathwayId)
      ?.versions.at(-1)
      ?.content.stages.map((stage) => stage.id) ?? [],
  );

describe('the demo pathways', () => {
  it('cover every target group, each version valid and translated where publishing needs it', () => {
    const published = demoPathways.filter((pathway) => pathway.versions.length > 0);
    expect(new Set(published.map((pathway) => pathway.versions[0]!.content.targetGroup))).toEqual(new Set(['type1Diagnosed', 'type2Diagnosed', 'type2Risk', 'closeOnes']));
    for (const { content } of published.flatMap((pathway) => pathway.versions)) {
      expect(pathwayContentSchema.safeParse(content).error?.issues ?? []).toEqual([]);
      expect(translationGaps(content)).toEqual([]);
      expect(content.stages.length).toBeGreaterThanOrEqual(4);
    }
    expect(published.some((pathway) => pathway.versions.length > 1)).toBe(true);
    const drafts = demoPathways.filter((pathway) => pathway.versions.length === 0);
    expect(drafts.map((pathway) => pathwayContentSchema.safeParse(pathway.draft).success)).toEqual([true]);
  });

  it("attach only published listings of the county's own demo catalog, one of them to a removed stage", () => {
    const orphans: string[] = [];
    for (const { tenant, additions } of demoPathwayCounties) {
      const published = new Set(
        demoCatalogs
          .find((catalog) => catalog.tenant === tenant)
          ?.activities.filter((activity) => (activity.status ?? 'published') === 'published')
          .map((activity) => activity.id),
      );
      for (const addition of additions) {
        expect(published.has(addition.activityId), addition.activityId).toBe(true);
        if (!newestStagesOf(addition.pathwayId).has(addition.stageId)) orphans.push(`${tenant}:${addition.stageId}`);
      }
    }
    expect(orphans).toEqual(['pohjois-savo:ryhmavalmennus']);
  });
});
