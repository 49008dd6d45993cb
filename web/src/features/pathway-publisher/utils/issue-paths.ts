import type { InputIssue } from '../../../lib/trpc';

/** The form's own path of an API issue: the API names them under `content.` (`content.stages.1.title.sv`). */
export const formPathOf = (issuePath: string): string => issuePath.replace(/^content\./, '');

/** The issues' messages by form path, for showing each next to its field. */
export const issuesByPath = (issues: readonly InputIssue[]): Map<string, string> => new Map(issues.map((issue) => [formPathOf(issue.path), issue.message]));

/** An element id for a form path (`stages.1.title.fi` → `pp-stages-1-title-fi`). */
export const fieldIdOf = (path: string): string => `pp-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export interface PathWords {
  stage?: number;
  item?: number;
  field: string;
  language?: 'fi' | 'sv' | 'en';
}

/** A path in parts a person can read: stage and item by their 1-based number, the field, the language. */
export const pathWordsOf = (issuePath: string): PathWords => {
  const parts = formPathOf(issuePath).split('.');
  const words: PathWords = { field: '' };
  const rest: string[] = [];
  for (let at = 0; at < parts.length; at += 1) {
    const part = parts[at] ?? '';
    const next = Number(parts[at + 1]);
    if (part === 'stages' && Number.isInteger(next)) {
      words.stage = next + 1;
      at += 1;
    } else if (part === 'items' && Number.isInteger(next)) {
      words.item = next + 1;
      at += 1;
    } else if (part === 'fi' || part === 'sv' || part === 'en') words.language = part;
    else rest.push(part);
  }
  // `cost.description` → `costDescription`, the message key of the field's name.
  words.field = rest.map((part, at) => (at === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
  return words;
};
