import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, localStorageOrNothing, readStoredLanguage } from './language';
import { loadStaffMessages, switchLanguage } from './messages';

const followDocumentLanguage = (language: string): void => {
  document.documentElement.lang = language;
};

/**
 * Starts i18next in the stored language (Finnish by default) with that language's resident messages,
 * and the staff's too when someone is signed in; keeps `<html lang>` in step with the language.
 */
export const initI18n = async ({ withStaffMessages }: { withStaffMessages: boolean }): Promise<void> => {
  const language = readStoredLanguage(localStorageOrNothing()) ?? defaultLanguage;
  i18next.on('languageChanged', followDocumentLanguage);
  await i18next.use(initReactI18next).init({
    // Messages arrive per language and set (see `messages.ts`); every language has every key, so none falls back.
    resources: {},
    lng: language,
    fallbackLng: false,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    // Pages already shown pick up messages that arrive later (the staff's, after a sign-in).
    react: { bindI18nStore: 'added' },
  });
  if (withStaffMessages) await loadStaffMessages();
  await switchLanguage(language);
};

export * from './language';
export { loadStaffMessages, switchLanguage } from './messages';
export { useLanguage, useLocalized } from './use-language';
