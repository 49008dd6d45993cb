import { useQuery } from '@tanstack/react-query';
import { type ApiQueries, type RouterOutputs, useTRPC } from './trpc';

export type Vocabularies = RouterOutputs['catalog']['vocabularies'];
export type VocabularyName = keyof Vocabularies;
export type ThemeCode = Vocabularies['themes'][number]['code'];
export type TargetGroupCode = Vocabularies['targetGroups'][number]['code'];
export type LanguageCode = Vocabularies['languages'][number]['code'];
export type AccessibilityCode = Vocabularies['accessibility'][number]['code'];

/** Themes, target groups, languages and the rest: fixed lists, fetched once per visit. */
export const vocabulariesQuery = (trpc: ApiQueries) => trpc.catalog.vocabularies.queryOptions(undefined, { staleTime: Infinity, gcTime: Infinity });

export const useVocabularies = () => useQuery(vocabulariesQuery(useTRPC()));

/** One term of a vocabulary: its code and its label in the three languages. */
export type VocabularyTerm<Code extends string = string> = { code: Code; label: Vocabularies['themes'][number]['label'] };
