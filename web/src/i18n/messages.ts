import i18next from 'i18next';
import { isLanguage, type Language } from './language';
import type { ResidentMessages } from './locales/fi';
import type { StaffMessages } from './locales/fi.staff';

/** Every message of the app, which types the keys `t` accepts (see `i18next.d.ts`). */
export type Messages = ResidentMessages & StaffMessages;

/**
 * A language's messages come in two chunks: the resident's (the shared messages and the features
 * residents meet) and the staff's. A visitor downloads the resident's in one language; another
 * language when they switch to it; the staff's once someone signs in or opens a staff page.
 */
interface MessageSets {
  resident: ResidentMessages;
  staff: StaffMessages;
}
type MessageSet = keyof MessageSets;

const loaders: { [L in Language]: { [S in MessageSet]: () => Promise<{ messages: MessageSets[S] }> } } = {
  fi: { resident: () => import('./locales/fi'), staff: () => import('./locales/fi.staff') },
  sv: { resident: () => import('./locales/sv'), staff: () => import('./locales/sv.staff') },
  en: { resident: () => import('./locales/en'), staff: () => import('./locales/en.staff') },
};

let staffWanted = false;
const loaded = new Set<`${Language}:${MessageSet}`>();

/** Fetches the sets of `language` that are wanted and i18next has not got yet, and hands them over. */
const ensureMessages = async (language: Language): Promise<void> => {
  const sets = (staffWanted ? (['resident', 'staff'] as const) : (['resident'] as const)).filter((set) => !loaded.has(`${language}:${set}`));
  const bundles = await Promise.all(sets.map(async (set) => ({ set, bundle: (await loaders[language][set]()).messages })));
  for (const { set, bundle } of bundles) {
    i18next.addResourceBundle(language, 'translation', bundle, true, false);
    loaded.add(`${language}:${set}`);
  }
};

/** Switches the UI language once its messages have arrived, so no text shows as a bare key meanwhile. */
export const switchLanguage = async (language: Language): Promise<void> => {
  await ensureMessages(language);
  await i18next.changeLanguage(language);
};

/** From now on the staff's messages are wanted too, in this language and any switched to; resolves once this language's are in. */
export const loadStaffMessages = async (): Promise<void> => {
  staffWanted = true;
  const current = i18next.language;
  if (isLanguage(current)) await ensureMessages(current);
};
