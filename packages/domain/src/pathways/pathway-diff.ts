import type { PathwayContent, PathwayStage, StageItem } from './pathway.schema';
import { canonicalJson, sameContent } from './pathway-publishing';

type Titled = { id: string; title: PathwayStage['title'] };

export interface EntriesDiff<Changed> {
  added: Titled[];
  removed: Titled[];
  changed: Changed[];
}

export interface ItemChange extends Titled {
  fields: (keyof StageItem)[];
}

export interface StageChange extends Titled {
  fields: ('title' | 'description' | 'position')[];
  items: EntriesDiff<ItemChange>;
}

export interface PathwayDiff {
  from: number;
  to: number;
  fields: ('targetGroup' | 'title' | 'introduction')[];
  stagesReordered: boolean;
  stages: EntriesDiff<StageChange>;
}

const equal = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

const changedFields = <T extends object, K extends keyof T>(before: T, after: T, fields: readonly K[]): K[] => fields.filter((field) => !equal(before[field], after[field]));

const titled = ({ id, title }: Titled): Titled => ({ id, title });

/** Added, removed and changed entries matched by their stable ids. */
const diffEntries = <T extends Titled, Changed>(before: readonly T[], after: readonly T[], changeOf: (before: T, after: T) => Changed | null): EntriesDiff<Changed> => {
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  const afterIds = new Set(after.map((entry) => entry.id));
  return {
    added: after.filter((entry) => !beforeById.has(entry.id)).map(titled),
    removed: before.filter((entry) => !afterIds.has(entry.id)).map(titled),
    changed: after.flatMap((entry) => {
      const previous = beforeById.get(entry.id);
      const change = previous ? changeOf(previous, entry) : null;
      return change ? [change] : [];
    }),
  };
};

const itemFields: readonly (keyof StageItem)[] = ['kind', 'title', 'description', 'providerKind', 'providerName', 'url', 'languages', 'cost'];

const itemChange = (before: StageItem, after: StageItem): ItemChange | null => {
  const fields = changedFields(before, after, itemFields);
  return fields.length ? { ...titled(after), fields } : null;
};

/** Order of the items that both versions have, so a pure reorder still shows as a change. */
const sharedOrder = (before: readonly Titled[], after: readonly Titled[]) => {
  const common = new Set(before.map((entry) => entry.id).filter((id) => after.some((entry) => entry.id === id)));
  return [before, after].map((list) =>
    list
      .filter((entry) => common.has(entry.id))
      .map((entry) => entry.id)
      .join(','),
  );
};

const stageChange = (before: PathwayStage, after: PathwayStage): StageChange | null => {
  const fields: StageChange['fields'] = changedFields(before, after, ['title', 'description'] as const);
  const [itemsBefore, itemsAfter] = sharedOrder(before.items, after.items);
  if (itemsBefore !== itemsAfter) fields.push('position');
  const items = diffEntries(before.items, after.items, itemChange);
  const itemsChanged = items.added.length + items.removed.length + items.changed.length > 0;
  return fields.length || itemsChanged ? { ...titled(after), fields, items } : null;
};

const emptyContent: PathwayContent = { targetGroup: 'type1Diagnosed', title: { fi: '' }, introduction: { fi: '' }, stages: [] };

/**
 * What changed from version `from` to `to`, matched by stable stage and item ids. Version 0 is
 * "nothing", so the first version shows as everything added.
 */
export const diffPathwayVersions = (from: { number: number; content: PathwayContent } | null, to: { number: number; content: PathwayContent }): PathwayDiff => {
  const before = from?.content ?? emptyContent;
  const after = to.content;
  const [stagesBefore, stagesAfter] = sharedOrder(before.stages, after.stages);
  const unchanged = from !== null && sameContent(before, after);
  return {
    from: from?.number ?? 0,
    to: to.number,
    fields: unchanged ? [] : from ? changedFields(before, after, ['targetGroup', 'title', 'introduction'] as const) : ['targetGroup', 'title', 'introduction'],
    stagesReordered: stagesBefore !== stagesAfter,
    stages: diffEntries(before.stages, after.stages, stageChange),
  };
};
