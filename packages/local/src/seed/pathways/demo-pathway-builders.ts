import type { PathwayContent, PathwayStage, ProviderKind, StageItem, StageItemKind } from '@linkki/domain';

/** Finnish, Swedish, English. */
export type Trio = readonly [string, string, string];

/** Empty translations are left out, as a draft written in Finnish only has them. */
export const text = ([fi, sv, en]: Trio) => ({ fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) });

interface DemoItem {
  id: string;
  kind: StageItemKind;
  provider: [ProviderKind, string];
  title: Trio;
  description?: string;
  url?: string;
  languages?: StageItem['languages'];
  /** A fee in Finnish when the item is not free. */
  fee?: string;
}

/** Item descriptions are written in Finnish only, as the organisers' own texts usually are. */
export const item = ({ id, kind, provider, title, description, url, languages = ['fi', 'sv'], fee }: DemoItem): StageItem => ({
  id,
  kind,
  title: text(title),
  ...(description ? { description: { fi: description } } : {}),
  providerKind: provider[0],
  providerName: provider[1],
  ...(url ? { url } : {}),
  languages,
  cost: fee ? { free: false, description: { fi: fee } } : { free: true },
});

export const stage = (id: string, title: Trio, description: Trio, items: StageItem[]): PathwayStage => ({ id, title: text(title), description: text(description), items });

export const pathway = (targetGroup: PathwayContent['targetGroup'], title: Trio, introduction: Trio, stages: PathwayStage[]): PathwayContent => ({
  targetGroup,
  title: text(title),
  introduction: text(introduction),
  stages,
});

export const diabetesliitto: [ProviderKind, string] = ['diabetesliitto', 'Diabetesliitto'];
export const county: [ProviderKind, string] = ['public', 'Hyvinvointialue'];
