import { minimumStemLength, queryStems } from './finnish-stem';
import { fold, tokenize } from './normalize';

/**
 * Other words for what a query term means. A term then matches a document through itself or
 * through any of its alternatives, each matched as the term would be (prefix, stem, compound
 * part, typo) but counting a little less.
 */
export interface SynonymTable {
  /**
   * The alternatives of one normalized query term (a token from `tokenize`), the term's own forms
   * left out. An alternative of several words matches a document that contains all of them, in
   * any order and any field, as a query of those words would.
   */
  alternativesOf(term: string): readonly string[];
}

export const noSynonyms: SynonymTable = { alternativesOf: () => [] };

export class SynonymEntryEmptyError extends Error {
  override readonly name = 'SynonymEntryEmptyError';
  constructor(group: number, entry: number) {
    super(`Synonym group ${group}, entry ${entry} has no letters or digits to match.`);
  }
}

/** A word without diacritics and the prefixes its other inflected forms share with it (see `queryStems`). */
interface WordForms {
  readonly word: string;
  readonly stems: readonly string[];
}

const formsOf = (word: string): WordForms => ({ word: fold(word), stems: [word, ...queryStems(word)].map(fold) });

/**
 * Two words are forms of one another when each starts with a stem of the other: liikunnan and
 * liikunta (liikunt-, liikun-), senioreille and seniorit, but not kuntosali and kunto, since
 * kunto does not start with kuntosal-. Prefixes one way only would make every compound a synonym
 * of its first part.
 */
const sameWord = (a: WordForms, b: WordForms): boolean => a.stems.some((stem) => b.word.startsWith(stem)) && b.stems.some((stem) => a.word.startsWith(stem));

/** Stems are at least this long, so two forms of a word always share their first characters. */
const bucketOf = (folded: string): string => folded.slice(0, minimumStemLength);

interface Entry {
  /** The entry's words joined by single spaces, as the matcher tokenizes them again. */
  readonly text: string;
  /** Only single words are looked up: a query is matched term by term, so a phrase is never one term. */
  readonly forms: WordForms | undefined;
}

const entryOf = (words: string[]): Entry => ({ text: words.join(' '), forms: words.length === 1 ? formsOf(words[0] as string) : undefined });

class ConceptGroups implements SynonymTable {
  /** Single-word entries by the first characters of their folded form, each with the group it belongs to. */
  private readonly buckets = new Map<string, { entry: Entry; group: readonly Entry[] }[]>();

  constructor(groups: readonly (readonly Entry[])[]) {
    for (const group of groups) {
      for (const entry of group) {
        if (!entry.forms) continue;
        const bucket = bucketOf(entry.forms.word);
        this.buckets.set(bucket, [...(this.buckets.get(bucket) ?? []), { entry, group }]);
      }
    }
  }

  alternativesOf(term: string): readonly string[] {
    const forms = formsOf(term);
    const isTerm = (entry: Entry) => entry.forms !== undefined && sameWord(forms, entry.forms);
    const alternatives = new Set<string>();
    for (const { entry, group } of this.buckets.get(bucketOf(forms.word)) ?? []) {
      if (!isTerm(entry)) continue;
      for (const other of group) if (!isTerm(other)) alternatives.add(other.text);
    }
    return [...alternatives];
  }
}

/**
 * A synonym table from concept groups: each group lists words that mean the same, in any
 * language (["ikäihmiset", "seniorit", "äldre", "older people"]). A word may sit in several
 * groups and then has the alternatives of all of them. Entries are normalized like indexed text,
 * so case, diacritics and inflection do not matter. An entry of several words is offered as an
 * alternative but, since queries are matched a term at a time, never looked up itself.
 */
export const createSynonymTable = (groups: readonly (readonly string[])[]): SynonymTable => {
  const entries = groups.map((group, groupIndex) =>
    group.map((text, entryIndex) => {
      const words = tokenize(text);
      if (words.length === 0) throw new SynonymEntryEmptyError(groupIndex, entryIndex);
      return entryOf(words);
    }),
  );
  return new ConceptGroups(entries);
};
