import type { Page } from 'playwright-core';

/** The web app's key for the signed-in session in sessionStorage. */
export const sessionKey = 'linkki.session';

/** The page's storage (the tests compile without DOM typings). */
declare const sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };

export interface StoredSession {
  token: string;
  tenant: string | null;
}

export const readStoredSession = async (page: Page): Promise<StoredSession | null> => {
  const stored = await page.evaluate((key) => sessionStorage.getItem(key), sessionKey);
  return stored ? (JSON.parse(stored) as StoredSession) : null;
};

export const writeStoredSession = async (page: Page, session: StoredSession): Promise<void> => {
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [sessionKey, JSON.stringify(session)] as const);
};
