import { describe, expect, it } from 'vitest';
import { diffPathwayVersions } from './pathway-diff';
import type { PathwayContent, PathwayStage } from './pathway.schema';

const stage = (id: string, items: string[] = ['a'], title = `Vaihe ${id}`): PathwayStage => ({
  id,
  title: { fi: title },
  description: { fi: 'Kuvaus' },
  items: items.map((itemId) => ({ id: itemId, kind: 'information', title: { fi: itemId }, providerKind: 'diabetesliitto', providerName: 'Diabetesliitto', languages: ['fi'], cost: { free: true } })),
});
const content = (stages: PathwayStage[], title = 'Polku'): PathwayContent => ({ targetGroup: 'type2Diagnosed', title: { fi: title }, introduction: { fi: 'Johdanto' }, stages });
const version = (number: number, stages: PathwayStage[], title?: string) => ({ number, content: content(stages, title) });

describe('diffPathwayVersions', () => {
  it('shows the first version as everything added', () => {
    const diff = diffPathwayVersions(null, version(1, [stage('x'), stage('y')]));
    expect(diff).toMatchObject({ from: 0, to: 1, fields: ['targetGroup', 'title', 'introduction'], stages: { added: [{ id: 'x' }, { id: 'y' }], removed: [], changed: [] } });
  });

  it('matches stages by their stable ids: added, removed and renamed', () => {
    const diff = diffPathwayVersions(version(1, [stage('x'), stage('y')]), version(2, [stage('x', ['a'], 'Uusi nimi'), stage('z')]));
    expect(diff.stages.added.map((entry) => entry.id)).toEqual(['z']);
    expect(diff.stages.removed.map((entry) => entry.id)).toEqual(['y']);
    expect(diff.stages.changed).toEqual([{ id: 'x', title: { fi: 'Uusi nimi' }, fields: ['title'], items: { added: [], removed: [], changed: [] } }]);
    expect(diff.fields).toEqual([]);
  });

  it('lists item changes inside a stage and a change of the item order', () => {
    const after = stage('x', ['b', 'a', 'c']);
    after.items[1] = { ...after.items[1]!, url: 'https://www.diabetes.fi' };
    const diff = diffPathwayVersions(version(1, [stage('x', ['a', 'b'])]), version(2, [after]));
    const [change] = diff.stages.changed;
    expect(change?.fields).toEqual(['position']);
    expect(change?.items.added.map((entry) => entry.id)).toEqual(['c']);
    expect(change?.items.changed).toEqual([{ id: 'a', title: { fi: 'a' }, fields: ['url'] }]);
  });

  it('notices reordered stages and a changed title, and nothing when nothing changed', () => {
    const diff = diffPathwayVersions(version(1, [stage('x'), stage('y')]), version(2, [stage('y'), stage('x')], 'Toinen'));
    expect(diff).toMatchObject({ stagesReordered: true, fields: ['title'], stages: { changed: [] } });
    const same = diffPathwayVersions(version(1, [stage('x')]), version(2, [stage('x')]));
    expect(same).toMatchObject({ fields: [], stagesReordered: false, stages: { added: [], removed: [], changed: [] } });
  });
});
