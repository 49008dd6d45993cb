import { describe, expect, it } from 'vitest';
import { attachedActivityIds, rehomingTargets } from './local-additions';

const stages = [
  { stageId: 's-diagnosis', title: { fi: 'Sairastuessa' }, additions: [{ activityId: 'walk' }] },
  { stageId: 's-everyday', title: { fi: 'Arjessa' }, additions: [{ activityId: 'walk' }, { activityId: 'cooking' }] },
  { stageId: 's-rehab', title: { fi: 'Kuntoutus' }, additions: [] },
];

describe('local additions', () => {
  it('lists the activities already on a stage', () => {
    expect([...attachedActivityIds(stages, 's-everyday')]).toEqual(['walk', 'cooking']);
    expect(attachedActivityIds(stages, 's-gone').size).toBe(0);
  });

  it('offers as new homes only stages that do not hold the activity yet', () => {
    expect(rehomingTargets(stages, 'walk').map((stage) => stage.stageId)).toEqual(['s-rehab']);
    expect(rehomingTargets(stages, 'peer-group').map((stage) => stage.stageId)).toEqual(['s-diagnosis', 's-everyday', 's-rehab']);
  });
});
