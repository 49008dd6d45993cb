/** The UI languages, Finnish first: it is the default. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'fi';

/** Where the chosen language is kept between visits. */
export const languageStorageKey = 'linkki.language';

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** A text given in every UI language, such as a county's name. */
export type LocalizedText = Record<Language, string>;

/** The browser's localStorage; merely touching it can throw when the user blocks storage. */
export const localStorageOrNothing = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

export const readStoredLanguage = (storage: Pick<Storage, 'getItem'> | undefined): Language | null => {
  try {
    const stored = storage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be unavailable (privacy settings); the default language still works.
    return null;
  }
};

export const storeLanguage = (storage: Pick<Storage, 'setItem'> | undefined, language: Language): void => {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not persisting the choice is acceptable; it still applies to this visit.
  }
};
