import { queryStems, finnishStem } from './finnish-stem';
import { fold } from './normalize';
import type { Posting, TermDictionary } from './term-dictionary';

/** Exact > prefix/stem > folded > compound part > typo; a term takes the best of these per token. */
export const matchWeights = {
  exact: 1,
  prefix: 0.8,
  stem: 0.7,
  folded: 0.6,
  foldedPrefix: 0.5,
  compound: 0.4,
  foldedCompound: 0.35,
  typo: 0.25,
  doubleTypo: 0.15,
} as const;

/** Short words have too many neighbours at any distance; long ones survive two slips. A number one digit off is another number. */
export const allowedTypos = (term: string): number => (/\d/.test(term) ? 0 : term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0);

/** A stem this short found inside other words is mostly noise (kunt in liikunta). */
const minimumCompoundStemLength = 5;

type Offer = (posting: Posting, weight: number) => void;

const prefixWeight = (token: string, term: string, sameKey: boolean): number => {
  if (token === term) return matchWeights.exact;
  if (token.startsWith(term)) return matchWeights.prefix;
  return sameKey ? matchWeights.folded : matchWeights.foldedPrefix;
};

const matchPrefix = (dictionary: TermDictionary, term: string, folded: string, offer: Offer): void => {
  dictionary.forEachWithPrefix(folded, (entry) => {
    const sameKey = entry.key === folded;
    for (const posting of entry.postings) offer(posting, prefixWeight(posting.token, term, sameKey));
  });
};

const matchStems = (dictionary: TermDictionary, term: string, offer: Offer): void => {
  for (const stem of queryStems(term)) {
    dictionary.forEachWithPrefix(fold(stem), (entry) => {
      for (const posting of entry.postings) offer(posting, posting.token.startsWith(stem) ? matchWeights.stem : matchWeights.foldedPrefix);
    });
  }
};

const matchCompoundParts = (dictionary: TermDictionary, term: string, folded: string, offer: Offer): void => {
  dictionary.forEachContaining(folded, (entry) => {
    for (const posting of entry.postings) offer(posting, posting.token.indexOf(term, 1) === -1 ? matchWeights.foldedCompound : matchWeights.compound);
  });
  const stem = finnishStem(term);
  if (stem === term || stem.length < minimumCompoundStemLength) return;
  dictionary.forEachContaining(fold(stem), (entry) => {
    for (const posting of entry.postings) offer(posting, matchWeights.foldedCompound);
  });
};

const matchTypos = (dictionary: TermDictionary, folded: string, offer: Offer): void => {
  const maxDistance = allowedTypos(folded);
  if (maxDistance === 0) return;
  dictionary.forEachWithin(folded, maxDistance, (entry, distance) => {
    if (distance === 0) return;
    const weight = distance === 1 ? matchWeights.typo : matchWeights.doubleTypo;
    for (const posting of entry.postings) offer(posting, weight);
  });
};

/**
 * Every token that a normalized query term matches, with the best match weight it gets. Typos are
 * left out for the words of a synonym table, which are spelled right: a slip away from a synonym
 * is two guesses away from what was typed, and the costliest part of a match.
 */
export const matchTerm = (dictionary: TermDictionary, term: string, { typos = true } = {}): Map<Posting, number> => {
  const matches = new Map<Posting, number>();
  const offer: Offer = (posting, weight) => {
    if ((matches.get(posting) ?? 0) < weight) matches.set(posting, weight);
  };
  const folded = fold(term);
  matchPrefix(dictionary, term, folded, offer);
  matchStems(dictionary, term, offer);
  matchCompoundParts(dictionary, term, folded, offer);
  if (typos) matchTypos(dictionary, folded, offer);
  return matches;
};
