import { describe, expect, it } from 'vitest';
import { canSuggestInReferral, groupByTargetGroup, pathwayPaths, referralSuggestionPath } from './pathway-links';

describe('pathway links', () => {
  it('opens the new-referral form with the pathway and stage', () => {
    expect(referralSuggestionPath('lappi', 'tyypin-2-diabetes', 's-1a2b')).toBe('/lappi/referrals/new?pathway=tyypin-2-diabetes&stage=s-1a2b');
  });

  it('lets only professionals suggest a stage in a referral', () => {
    expect(canSuggestInReferral(['professional'])).toBe(true);
    expect(canSuggestInReferral(['coordinator', 'linkWorker'])).toBe(false);
    expect(canSuggestInReferral([])).toBe(false);
  });

  it('names the pages of one pathway', () => {
    expect(pathwayPaths('lappi', 'laheiset')).toEqual({
      list: '/lappi/pathways',
      page: '/lappi/pathways/laheiset',
      local: '/lappi/pathways/laheiset/local',
      feedback: '/lappi/pathways/laheiset/feedback',
    });
  });
});

describe('groupByTargetGroup', () => {
  const items = [
    { id: 'a', targetGroup: 'closeOnes' },
    { id: 'b', targetGroup: 'type1Diagnosed' },
    { id: 'c', targetGroup: 'closeOnes' },
    { id: 'd', targetGroup: 'newGroup' },
  ];

  it('keeps the vocabulary order, skips empty groups and keeps unknown groups last', () => {
    const groups = groupByTargetGroup(items, ['type1Diagnosed', 'type2Diagnosed', 'closeOnes']);
    expect(groups.map((group) => [group.targetGroup, group.items.map((item) => item.id)])).toEqual([
      ['type1Diagnosed', ['b']],
      ['closeOnes', ['a', 'c']],
      ['other', ['d']],
    ]);
  });
});
