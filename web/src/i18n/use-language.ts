import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language, type LocalizedText, localStorageOrNothing, storeLanguage } from './language';
import { switchLanguage } from './messages';

/** Remembers the choice and switches once the language's messages have loaded. */
const setLanguage = (next: Language): void => {
  storeLanguage(localStorageOrNothing(), next);
  // Offline, the messages cannot load: the page stays in its language and the next click tries again.
  switchLanguage(next).catch(() => undefined);
};

/** The current UI language and a way to change it. */
export const useLanguage = (): { language: Language; setLanguage: (language: Language) => void } => {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  return { language, setLanguage };
};

/** Picks the current language's version of a text the API gives in all three. */
export const useLocalized = (): ((text: LocalizedText) => string) => {
  const { language } = useLanguage();
  return useCallback((text: LocalizedText) => text[language], [language]);
};
