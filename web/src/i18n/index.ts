import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, localStorageOrNothing, readStoredLanguage } from './language';
import { messages } from './messages';

const resources = {
  fi: { translation: messages.fi },
  sv: { translation: messages.sv },
  en: { translation: messages.en },
} as const;

const followDocumentLanguage = (language: string): void => {
  document.documentElement.lang = language;
};

/** Starts i18next in the stored language (Finnish by default) and keeps `<html lang>` in step with it. */
export const initI18n = async (): Promise<void> => {
  const language = readStoredLanguage(localStorageOrNothing()) ?? defaultLanguage;
  i18next.on('languageChanged', followDocumentLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
  });
  followDocumentLanguage(language);
};

export * from './language';
export { useLanguage, useLocalized } from './use-language';
