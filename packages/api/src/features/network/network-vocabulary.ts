import { nationalRegion, nationalRegionName, networkTags, postKinds, practiceStages, wellbeingCounties } from '@linkki/domain';

/** Tags, kinds, stages and regions for the feed's filters and the post form. */
export const networkVocabulary = () => ({
  tags: Object.entries(networkTags).map(([id, label]) => ({ id, label })),
  kinds: [...postKinds],
  stages: [...practiceStages],
  regions: [{ id: nationalRegion, name: nationalRegionName }, ...wellbeingCounties.map((county) => ({ id: county.slug, name: county.name }))],
});
