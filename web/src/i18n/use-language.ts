import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language, type LocalizedText, localStorageOrNothing, storeLanguage } from './language';

/** The current UI language and a way to change it. */
export const useLanguage = (): { language: Language; setLanguage: (language: Language) => void } => {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(localStorageOrNothing(), next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
};

/** Picks the current language's version of a text the API gives in all three. */
export const useLocalized = (): ((text: LocalizedText) => string) => {
  const { language } = useLanguage();
  return useCallback((text: LocalizedText) => text[language], [language]);
};
