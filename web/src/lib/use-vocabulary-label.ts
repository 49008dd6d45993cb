import { useCallback } from 'react';
import { useLocalized } from '../i18n';
import type { Vocabularies, VocabularyName } from './vocabularies';

/** The label of a vocabulary code in the UI language; the code itself if the vocabulary does not know it. */
export const useVocabularyLabel = (vocabularies: Vocabularies | undefined) => {
  const localized = useLocalized();
  return useCallback(
    (name: VocabularyName, code: string): string => {
      const term = vocabularies?.[name].find((candidate) => candidate.code === code);
      return term ? localized(term.label) : code;
    },
    [vocabularies, localized],
  );
};
