import type { PathwayDiff } from '../api/publisher';

export type ChangeKind = 'added' | 'removed' | 'changed';
type Text = PathwayDiff['stages']['added'][number]['title'];

/** One line of the comparison: what changed, its title, which fields, and the item changes under a stage. */
export interface ChangeRow {
  kind: ChangeKind;
  id: string;
  title: Text;
  fields: string[];
  children: ChangeRow[];
}

const rowsOf = (changes: { added: { id: string; title: Text }[]; removed: { id: string; title: Text }[] }): ChangeRow[] => [
  ...changes.added.map((entry) => ({ kind: 'added' as const, id: entry.id, title: entry.title, fields: [], children: [] })),
  ...changes.removed.map((entry) => ({ kind: 'removed' as const, id: entry.id, title: entry.title, fields: [], children: [] })),
];

/** The diff as one list of stages (added, removed, changed), each changed stage with its item changes. */
export const changeRowsOf = (diff: PathwayDiff): ChangeRow[] => [
  ...rowsOf(diff.stages),
  ...diff.stages.changed.map((stage) => ({
    kind: 'changed' as const,
    id: stage.id,
    title: stage.title,
    fields: [...stage.fields],
    children: [...rowsOf(stage.items), ...stage.items.changed.map((item) => ({ kind: 'changed' as const, id: item.id, title: item.title, fields: [...item.fields], children: [] }))],
  })),
];

/** Whether the two versions differ at all. */
export const hasChanges = (diff: PathwayDiff): boolean => diff.fields.length > 0 || diff.stagesReordered || changeRowsOf(diff).length > 0;
