import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { readStoredSession, writeStoredSession } from './support/session';
import { useBrowserSuite } from './support/suite';
import { chooseIdentity, expectHeading, heading, mainNav, pageWidth, settled, signInAs } from './support/ui';

const { open } = useBrowserSuite();

const documentLanguage = (page: Page) => page.locator('html').getAttribute('lang');

describe('county picker', () => {
  it('offers the active counties and lists the others as coming later', async () => {
    const { page } = await open('/');
    await expectHeading(page, 'Linkki');
    const choose = page.getByRole('region', { name: 'Valitse hyvinvointialue' });
    const counties = choose.getByRole('link');
    await counties.first().waitFor();
    expect(await counties.allTextContents()).toEqual([
      expect.stringMatching(/^Keski-Pohjanmaan hyvinvointialue8 kuntaa/),
      expect.stringMatching(/^Lapin hyvinvointialue21 kuntaa/),
      expect.stringMatching(/^Pohjois-Savon hyvinvointialue19 kuntaa/),
    ]);
    const comingLater = page.getByRole('region', { name: 'Tulossa myöhemmin' });
    await comingLater.getByText('Etelä-Karjalan hyvinvointialue').waitFor();
    expect(await comingLater.getByRole('link').count()).toBe(0);
    expect(await page.title()).toBe('Valitse hyvinvointialue – Linkki');
    await expectNoAxeViolations(page, 'the county picker (fi)');
    await screenshot(page, 'picker-fi');

    await counties.filter({ hasText: 'Pohjois-Savon hyvinvointialue' }).click();
    await page.waitForURL('**/pohjois-savo/');
    await expectHeading(page, 'Pohjois-Savon hyvinvointialue');
    // After an in-app navigation the focus moves to the new page's heading.
    await page.locator('h1:focus').waitFor();
    await expectNoAxeViolations(page, 'the county home (fi)');
    await screenshot(page, 'tenant-home-fi');
  });

  it('switches the language between Finnish, Swedish and English and remembers the choice', async () => {
    const { page } = await open('/pohjois-savo/');
    await expectHeading(page, 'Pohjois-Savon hyvinvointialue');
    expect(await documentLanguage(page)).toBe('fi');
    const languages = page.getByRole('group', { name: 'Kieli' });
    expect(await languages.getByRole('button', { name: 'Suomi' }).getAttribute('aria-pressed')).toBe('true');

    await languages.getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Norra Savolax välfärdsområde');
    expect(await documentLanguage(page)).toBe('sv');
    await page.getByRole('link', { name: 'Logga in' }).waitFor();
    await page.getByRole('heading', { name: 'Vad Linkki erbjuder' }).waitFor();
    await expectNoAxeViolations(page, 'the county home (sv)');
    await screenshot(page, 'tenant-home-sv');

    await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'North Savo wellbeing services county');
    expect(await documentLanguage(page)).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('North Savo wellbeing services county – Linkki');

    await page.reload();
    await expectHeading(page, 'North Savo wellbeing services county');
    expect(await documentLanguage(page)).toBe('en');
    await page.goto('/');
    await page.getByRole('link', { name: /North Savo wellbeing services county/ }).waitFor();
    expect(await page.getByText('19 municipalities').count()).toBe(1);
    await screenshot(page, 'picker-en');
  });
});

describe('sign-in', () => {
  it('signs in through the identity provider, lands on the work and signs out at the provider too', async () => {
    const { page } = await open('/pohjois-savo/');
    await mainNav(page).getByRole('link', { name: 'Kirjaudu sisään' }).click();
    await expectHeading(page, 'Kirjaudu sisään');
    await expectNoAxeViolations(page, 'the sign-in page (fi)');
    await screenshot(page, 'sign-in-fi');

    await page.getByRole('button', { name: 'Siirry kirjautumaan' }).click();
    await page.waitForURL(/\/oidc\/interaction\//);
    const county = page.getByRole('region', { name: 'Pohjois-Savon hyvinvointialue' });
    await county.getByRole('button', { name: 'Kirjaudu käyttäjänä Anni Räsänen' }).waitFor();
    expect(await county.getByRole('button').count()).toBe(5);
    const national = page.getByRole('region', { name: 'Valtakunnalliset ja ylläpito' });
    expect(await national.getByRole('button').allTextContents()).toEqual(['Kirjaudu käyttäjänä Kaisa Laine', 'Kirjaudu käyttäjänä Linkki-ylläpito']);
    await expectNoAxeViolations(page, "the identity provider's sign-in page (fi)");
    await screenshot(page, 'identity-provider-fi');

    await county.getByRole('button', { name: 'Kirjaudu käyttäjänä Anni Räsänen' }).click();
    await page.waitForURL('**/pohjois-savo/referrals');
    const nav = mainNav(page);
    await nav.getByRole('link', { name: 'Anni Räsänen' }).waitFor();
    expect(await readStoredSession(page)).toMatchObject({ tenant: 'pohjois-savo', token: expect.any(String) });

    await nav.getByRole('link', { name: 'Anni Räsänen' }).click();
    await expectHeading(page, 'Oma profiili');
    const profile = page.locator('dl');
    await profile.getByText('Sairaanhoitaja, seniorineuvola').waitFor();
    expect(await profile.getByText('Ammattilainen', { exact: true }).count()).toBe(1);
    expect(await profile.getByText('Pohjois-Savon hyvinvointialue').count()).toBe(1);
    await expectNoAxeViolations(page, 'the profile page (fi)');
    await screenshot(page, 'me-fi');

    await page.getByRole('main').getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.waitForURL('**/pohjois-savo/');
    await page.getByRole('status').filter({ hasText: 'Olet kirjautunut ulos.' }).waitFor();
    await nav.getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    expect(await readStoredSession(page)).toBeNull();
    await screenshot(page, 'signed-out-fi');

    // Signed out at the provider too: signing in again asks who you are.
    await nav.getByRole('link', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('button', { name: 'Siirry kirjautumaan' }).click();
    await page.getByRole('button', { name: 'Kirjaudu käyttäjänä Anni Räsänen' }).waitFor();
  });

  it('lands each person on their work: a link worker on the queue, an editor on the listings, Diabetesliitto on the pathways', async () => {
    for (const [name, path] of [
      ['Petri Kinnunen', '/pohjois-savo/link-work'],
      ['Marja Hyvönen', '/pohjois-savo/editor'],
      ['Tiina Karvonen', '/pohjois-savo/coordination'],
      ['Kaisa Laine', '/pohjois-savo/publisher/pathways'],
    ] as const) {
      const { page } = await open('/pohjois-savo/sign-in');
      await chooseIdentity(page, name);
      await page.waitForURL(`**${path}`);
      await mainNav(page).getByRole('link', { name, exact: true }).waitFor();
      // Diabetesliitto's editor is not the county's page: its header says whose it is.
      if (path.includes('/publisher/')) expect(await page.locator('.site-header__county').textContent()).toBe('Diabetesliitto');
      await page.close();
    }
  });

  it('keeps a county session to its county, and a national one works in every county', async () => {
    const { page } = await open('/pohjois-savo/');
    await signInAs(page, 'pohjois-savo', 'Anni Räsänen');
    await page.goto('/lappi/');
    await expectHeading(page, 'Lapin hyvinvointialue');
    await page.getByRole('navigation').getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    expect(await page.getByText('Anni Räsänen').count()).toBe(0);

    await signInAs(page, 'lappi', 'Kaisa Laine');
    await page.goto('/lappi/me');
    const profile = page.locator('dl');
    await profile.getByText('Valtakunnallinen julkaisija').waitFor();
    expect(await profile.getByText('Valtakunnallinen julkaisija').count()).toBe(1);
    expect(await profile.getByText('Diabetesliitto').count()).toBe(1);
    expect(await profile.getByText('Valtakunnallinen (ei aluetta)').count()).toBe(1);
    await page.goto('/pohjois-savo/me');
    await profile.getByText('Kaisa Laine').waitFor();
  });

  it('drops a token the server refuses and shows the signed-out state with a message', async () => {
    const { page, apiCalls } = await open('/pohjois-savo/');
    await signInAs(page, 'pohjois-savo', 'Anni Räsänen');
    await page.goto('/pohjois-savo/me');
    const session = await readStoredSession(page);
    if (!session) throw new Error('no session after signing in');
    const tampered = `${session.token.slice(0, -4)}${session.token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await writeStoredSession(page, { ...session, token: tampered });

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Kirjautumisesi ei ole enää voimassa. Kirjaudu sisään uudelleen.' });
    await alert.waitFor();
    await expectHeading(page, 'Oma profiili');
    await page.getByText('Et ole kirjautunut sisään.').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    expect(await readStoredSession(page)).toBeNull();
    await screenshot(page, 'token-refused-fi');

    // The app does not keep retrying: a settled page makes no further API calls.
    const callsAfterReload = apiCalls.length;
    await page.waitForTimeout(1_500);
    expect(apiCalls.length).toBe(callsAfterReload);

    await alert.getByRole('link', { name: 'Kirjaudu sisään' }).click();
    await expectHeading(page, 'Kirjaudu sisään');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('errors and unknown addresses', () => {
  it('shows a not-found page for an unknown county, with a way back', async () => {
    const { page } = await open('/ei-ole-olemassa/');
    await expectHeading(page, 'Hyvinvointialuetta ei löytynyt');
    expect(await page.getByText('”ei-ole-olemassa”').count()).toBe(1);
    await expectNoAxeViolations(page, 'the unknown county page (fi)');
    await screenshot(page, 'tenant-not-found-fi');
    await page.getByRole('link', { name: 'Valitse hyvinvointialue' }).click();
    await expectHeading(page, 'Linkki');
  });

  it('says a registered county has not taken Linkki into use yet', async () => {
    const { page } = await open('/etela-karjala/');
    await expectHeading(page, 'Etelä-Karjalan hyvinvointialue');
    await page.getByText('Linkki ei ole vielä käytössä tällä hyvinvointialueella.').waitFor();
    expect(await page.getByRole('link', { name: 'Kirjaudu sisään' }).count()).toBe(0);
  });

  it('shows unknown pages inside a county as not found, and deeper unknown paths as an unknown county', async () => {
    const { page } = await open('/pohjois-savo/ei-sivua');
    await expectHeading(page, 'Sivua ei löytynyt');
    await page.getByRole('link', { name: 'Siirry alueen etusivulle' }).click();
    await expectHeading(page, 'Pohjois-Savon hyvinvointialue');
    await page.goto('/Ei_Slug/b/c');
    await expectHeading(page, 'Hyvinvointialuetta ei löytynyt');
  });

  it("shows a failed request in the user's language, with the wait the server named, and recovers on retry", async () => {
    const { page } = await open('/');
    await expectHeading(page, 'Linkki');
    let failing = true;
    await page.route('**/trpc/**', async (route) => {
      if (!failing) return route.fallback();
      const error = { message: 'Too many requests from here; try again in 15 minutes.', code: -32029, data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } };
      return route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify([{ error }]) });
    });
    await page.goto('/pohjois-savo/');
    const alert = page.getByRole('alert');
    await alert.getByText('Pyyntöjä on tullut liian monta lyhyessä ajassa. Yritä uudelleen 15 minuutin kuluttua.').waitFor();
    expect(await alert.textContent()).not.toContain('Too many requests');
    await expectNoAxeViolations(page, 'a failed request (fi)');
    await screenshot(page, 'api-error-fi');
    failing = false;
    await alert.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await expectHeading(page, 'Pohjois-Savon hyvinvointialue');
  });
});

describe('signed-in areas', () => {
  it('asks a visitor to sign in, and tells a user without the role that the area is not theirs', async () => {
    const { page } = await open('/pohjois-savo/');
    for (const path of ['referrals', 'coordination', 'link-work']) {
      await page.goto(`/pohjois-savo/${path}`);
      await page.getByText('Kirjaudu sisään nähdäksesi tämän sivun.').waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    }
    await signInAs(page, 'pohjois-savo', 'Anni Räsänen');
    for (const path of ['coordination', 'link-work']) {
      await page.goto(`/pohjois-savo/${path}`);
      await page.getByText('Sinulla ei ole oikeutta tähän.', { exact: false }).waitFor();
    }
    await page.goto('/pohjois-savo/referrals');
    await expectHeading(page, 'Lähetteet');
  });
});

describe('keyboard and small screens', () => {
  it('starts with a skip link to the main content', async () => {
    const { page } = await open('/');
    await page.getByRole('link', { name: /^Keski-Pohjanmaan hyvinvointialue/ }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.locator('a:focus');
    expect(await skip.textContent()).toBe('Siirry pääsisältöön');
    await page.keyboard.press('Enter');
    await page.locator('main:focus').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.locator('a:focus').textContent()).toMatch(/^Keski-Pohjanmaan hyvinvointialue/);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Keski-Pohjanmaan hyvinvointialue');
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    for (const path of ['/', '/pohjois-savo/', '/pohjois-savo/sign-in']) {
      const { page } = await open(path, { viewport: { width: 320, height: 640 } });
      await heading(page).waitFor();
      await settled(page);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(320);
      await screenshot(page, `narrow${path.replace(/\/$/, '').replace(/\//g, '-') || '-picker'}`);
    }
    const { page } = await open('/pohjois-savo/', { viewport: { width: 320, height: 640 } });
    await signInAs(page, 'pohjois-savo', 'Anni Räsänen');
    await page.getByRole('navigation').getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
    expect(await pageWidth(page), 'signed-in profile').toBeLessThanOrEqual(320);
    await screenshot(page, 'narrow-pohjois-savo-me');
  });
});
