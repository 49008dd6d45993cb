import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The county's main navigation, by its Finnish name. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });

/** Waits for the page's one `h1` to read `text`. */
export const expectHeading = async (page: Page, text: string | RegExp): Promise<void> => {
  await heading(page).filter({ hasText: text }).waitFor();
  expect(await heading(page).count()).toBe(1);
};

/**
 * Signs in through the real OpenID Connect code flow: the county's sign-in page, the development
 * identity provider's page (one button per person), and back. Waits until the person has landed
 * on their work with their name in the menu.
 */
export const signInAs = async (page: Page, tenant: string, name: string): Promise<void> => {
  await page.goto(`/${tenant}/sign-in`);
  await chooseIdentity(page, name);
  await mainNav(page).getByRole('link', { name, exact: true }).waitFor();
};

/** From the app's sign-in page through the identity provider's page back to the app. */
export const chooseIdentity = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('button', { name: 'Siirry kirjautumaan' }).click();
  await page.getByRole('button', { name: `Kirjaudu käyttäjänä ${name}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/oidc/') && url.pathname !== '/auth/callback');
};

/**
 * Waits until nothing on the page says it is loading. A locator, not a string predicate: Playwright
 * re-evaluates a string with `eval` on every poll, which the app's Content Security Policy refuses.
 */
export const settled = async (page: Page): Promise<void> => {
  await page.locator('.loading').first().waitFor({ state: 'detached' });
};

/** The page is no wider than its window: nothing scrolls sideways. */
export const pageWidth = (page: Page): Promise<number> => page.evaluate<number>('document.documentElement.scrollWidth');
