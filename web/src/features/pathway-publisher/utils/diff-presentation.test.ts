import { describe, expect, it } from 'vitest';
import type { PathwayDiff } from '../api/publisher';
import { changeRowsOf, hasChanges } from './diff-presentation';

const diff: PathwayDiff = {
  from: 1,
  to: 2,
  fields: ['title'],
  stagesReordered: false,
  stages: {
    added: [{ id: 's-new', title: { fi: 'Uusi' } }],
    removed: [{ id: 's-old', title: { fi: 'Vanha' } }],
    changed: [
      { id: 's-mid', title: { fi: 'Keski' }, fields: ['title'], items: { added: [], removed: [{ id: 'i-x', title: { fi: 'X' } }], changed: [{ id: 'i-y', title: { fi: 'Y' }, fields: ['url'] }] } },
    ],
  },
};

describe('the version comparison as rows', () => {
  it('lists added, removed and changed stages with their item changes', () => {
    const rows = changeRowsOf(diff);
    expect(rows.map((row) => [row.kind, row.id])).toEqual([
      ['added', 's-new'],
      ['removed', 's-old'],
      ['changed', 's-mid'],
    ]);
    expect(rows[2]?.fields).toEqual(['title']);
    expect(rows[2]?.children.map((row) => [row.kind, row.id, row.fields])).toEqual([
      ['removed', 'i-x', []],
      ['changed', 'i-y', ['url']],
    ]);
  });

  it('tells when nothing changed', () => {
    expect(hasChanges(diff)).toBe(true);
    expect(hasChanges({ ...diff, fields: [], stages: { added: [], removed: [], changed: [] } })).toBe(false);
  });
});
