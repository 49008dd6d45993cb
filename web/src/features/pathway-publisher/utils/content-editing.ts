import type { RouterInputs } from '../../../lib/trpc';

export type PathwayContent = RouterInputs['pathways']['saveDraft']['content'];
export type Stage = PathwayContent['stages'][number];
export type StageItem = Stage['items'][number];
export type Text = PathwayContent['title'];

/** A fresh id for a stage or item: chosen once when added, kept on every edit so versions can be compared. */
export const newId = (prefix: 's' | 'i', random: () => number = Math.random): string => `${prefix}-${Array.from({ length: 8 }, () => Math.floor(random() * 16).toString(16)).join('')}`;

export const emptyText = (): Text => ({ fi: '', sv: '', en: '' });

export const newItem = (id = newId('i')): StageItem => ({
  id,
  kind: 'information',
  title: emptyText(),
  providerKind: 'diabetesliitto',
  providerName: '',
  languages: ['fi'],
  cost: { free: true },
});

export const newStage = (id = newId('s')): Stage => ({ id, title: emptyText(), description: emptyText(), items: [] });

/** The smallest content the API accepts: a title and one stage, for a new draft. */
export const minimalContent = (targetGroup: PathwayContent['targetGroup'], title: string, stageTitle: string): PathwayContent => ({
  targetGroup,
  title: { fi: title },
  introduction: { fi: title },
  stages: [{ ...newStage(), title: { fi: stageTitle }, description: { fi: stageTitle } }],
});

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, at) => at !== index);

export const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] => list.map((entry, at) => (at === index ? value : entry));

/** Moves the entry at `index` one place up (-1) or down (+1); a move past either end changes nothing. */
export const moveBy = <T>(list: readonly T[], index: number, step: -1 | 1): T[] => {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const moved = [...list];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
};

export const toggleCode = <Code extends string>(codes: readonly Code[], code: Code, on: boolean): Code[] =>
  on ? (codes.includes(code) ? [...codes] : [...codes, code]) : codes.filter((entry) => entry !== code);

/** A text without its empty translations; undefined when even the Finnish is empty (an optional text left blank). */
export const trimText = (text: Text | undefined): Text | undefined => {
  if (!text || text.fi.trim() === '') return undefined;
  return { fi: text.fi, ...(text.sv ? { sv: text.sv } : {}), ...(text.en ? { en: text.en } : {}) };
};

const requiredText = (text: Text): Text => trimText(text) ?? { fi: '' };

const cleanItem = (item: StageItem): StageItem => {
  const { description, url, cost, ...rest } = item;
  const desc = trimText(description);
  const costDescription = trimText(cost.description);
  return {
    ...rest,
    title: requiredText(item.title),
    ...(desc ? { description: desc } : {}),
    ...(url ? { url } : {}),
    cost: { free: cost.free, ...(costDescription ? { description: costDescription } : {}) },
  };
};

/** The form's content as the API takes it: blank translations and optional fields left out. */
export const contentForSave = (content: PathwayContent): PathwayContent => ({
  targetGroup: content.targetGroup,
  title: requiredText(content.title),
  introduction: requiredText(content.introduction),
  stages: content.stages.map((stage) => ({
    id: stage.id,
    title: requiredText(stage.title),
    description: requiredText(stage.description),
    items: stage.items.map(cleanItem),
  })),
});

/** What one entry of an ordered list may do to the list: change itself, move one place, or leave. */
export interface EntryEditing<T> {
  onChange: (value: T) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

export const entryEditing = <T>(list: readonly T[], setList: (list: T[]) => void, index: number): EntryEditing<T> => ({
  onChange: (value) => setList(replaceAt(list, index, value)),
  onMove: (step) => setList(moveBy(list, index, step)),
  onRemove: () => setList(removeAt(list, index)),
});
