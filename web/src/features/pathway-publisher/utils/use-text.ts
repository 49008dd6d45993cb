import { useCallback } from 'react';
import { useLanguage } from '../../../i18n/use-language';
import type { Text } from './content-editing';

/** A pathway text in the UI language, falling back to the Finnish a draft always has. */
export const useText = (): ((text: Text | undefined) => string) => {
  const { language } = useLanguage();
  return useCallback((text) => (text ? text[language] || text.fi : ''), [language]);
};
