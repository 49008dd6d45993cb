import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, signInAs } from './support/ui';

const suite = useBrowserSuite();
const tenant = 'keski-pohjanmaa';
const linkWorker = 'Mikael Byskata';

/** Waits until nothing on the page says it is loading. */
const loaded = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

const subNav = (page: Page) => page.getByRole('navigation', { name: 'Lähettityön sivut' });

const openLinkWork = async (page: Page): Promise<void> => {
  await signInAs(page, tenant, linkWorker);
  await mainNav(page).getByRole('link', { name: 'Lähettityö' }).click();
  await expectHeading(page, 'Lähettityö');
  await page.getByText('Avoimia lähetteitä', { exact: false }).waitFor();
  await loaded(page);
};

/** Answers every statement of a measure group with the same answer. */
const answerAll = async (page: Page, group: string, answer: string): Promise<void> => {
  const radios = page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: answer, exact: true });
  for (let index = 0; index < (await radios.count()); index += 1) await radios.nth(index).check();
};

describe('the link worker pages', () => {
  it('takes a referral from the queue, records a contact and the start measures, and completes it with an outcome', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await openLinkWork(page);
    await page
      .getByRole('button', { name: /^Ota lähete/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'the queue and caseload (fi)');
    await screenshot(page, 'link-work-queue-fi');

    await page
      .getByRole('button', { name: /^Ota lähete/ })
      .first()
      .click();
    await page.waitForURL(/\/referrals\/[^/]+$/);
    await page.getByRole('heading', { name: 'Työskentely lähetteen parissa' }).waitFor();
    await page.getByRole('button', { name: 'Aloita työskentely' }).click();
    await page.getByText('Lähetteen tila on nyt: ', { exact: false }).waitFor();

    await page.getByLabel('Yhteydenoton tapa').selectOption('meeting');
    await page.getByLabel('Muistiinpano').fill('Tapasimme kirjastossa ja kävimme läpi lähiseudun ryhmiä.');
    await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
    await page.getByText('Yhteydenotto kirjattu.').waitFor();

    const swemwbs = page.getByRole('group', { name: 'Positiivisen mielenterveyden mittari (SWEMWBS)' });
    await swemwbs.getByRole('button', { name: 'Tallenna SWEMWBS-mittaus' }).click();
    await page.getByText('Korjaa nämä kohdat ennen lähettämistä:').waitFor();
    await swemwbs.getByLabel('Mittauskohta').selectOption('start');
    await swemwbs.getByLabel('Kuka täytti').selectOption('client');
    await answerAll(page, 'Positiivisen mielenterveyden mittari (SWEMWBS)', 'Joskus');
    await swemwbs.screenshot({ path: 'tests/e2e/screenshots/link-work-swemwbs-fi.png' });
    await swemwbs.getByRole('button', { name: 'Tallenna SWEMWBS-mittaus' }).click();
    await page.getByText('Alkumittaus: raakapisteet 21', { exact: false }).waitFor();

    const participation = page.getByRole('group', { name: 'Osallisuusindikaattori (THL)' });
    await participation.getByLabel('Mittauskohta').selectOption('start');
    await participation.getByLabel('Kuka täytti').selectOption('client');
    await answerAll(page, 'Osallisuusindikaattori (THL)', 'Jokseenkin samaa mieltä');
    await participation.getByRole('button', { name: 'Tallenna osallisuusmittaus' }).click();
    await page.getByText('Alkumittaus: kirjattu', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Keskeytä tauolle' }).click();
    await page.getByRole('button', { name: 'Vahvista: Keskeytä tauolle' }).click();
    await page.getByText('Kirjoita syy (vähintään 3 merkkiä).', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'the referral work panel (fi)');
    await screenshot(page, 'link-work-panel-fi');
    await page.getByRole('button', { name: 'Peruuta' }).click();

    await page.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
    await page.getByLabel('Hae muita toimintoja').fill('kerho');
    await page.getByRole('button', { name: 'Hae toimintoja' }).click();
    const joined = page.getByRole('group', { name: 'Toiminnot, joihin asiakas osallistui' }).getByRole('checkbox');
    await joined.first().waitFor();
    await joined.first().check();
    await page.getByLabel('Muu toiminta').fill('Naapuruston kävelyporukka');
    await page.getByLabel('Mikä muuttui', { exact: false }).fill('Asiakas käy viikoittain ryhmässä ja kertoo nukkuvansa paremmin.');
    await expectNoAxeViolations(page, 'the outcome form (fi)');
    await page.getByRole('group', { name: 'Lopputulos' }).screenshot({ path: 'tests/e2e/screenshots/link-work-outcome-fi.png' });
    await page.getByRole('button', { name: 'Vahvista: Merkitse valmiiksi' }).click();
    await page.getByText('Lähetteen tila on nyt: Valmis.').waitFor();
    expect(await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).count()).toBe(0);
  });

  it('saves the profile, the training record and the survey', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await openLinkWork(page);
    await subNav(page).getByRole('link', { name: 'Profiili' }).click();
    await expectHeading(page, 'Lähettiprofiili');
    await page.getByLabel('Kapasiteetti', { exact: false }).fill('12');
    await page.getByRole('button', { name: 'Tallenna profiili' }).click();
    await page.getByText('Profiili tallennettu.').waitFor();
    await expectNoAxeViolations(page, 'the profile page (fi)');
    await screenshot(page, 'link-work-profile-fi');

    await subNav(page).getByRole('link', { name: 'Koulutus' }).click();
    await expectHeading(page, 'Koulutus ja mentorointi');
    await loaded(page);
    await page.getByRole('button', { name: 'Lisää koulutus' }).click();
    await page.getByRole('button', { name: 'Tallenna koulutustiedot' }).click();
    await page.getByText('Kirjoita koulutuksen nimi.', { exact: false }).first().waitFor();
    const courses = page.getByRole('group', { name: /^Koulutus \d+$/ });
    const added = courses.last();
    await added.getByLabel('Koulutuksen nimi', { exact: false }).fill('Motivoiva haastattelu');
    await added.getByLabel('Päivämäärä', { exact: false }).fill('2026-10-14');
    await added.getByLabel('Tunnit').fill('6');
    await page.getByRole('button', { name: 'Tallenna koulutustiedot' }).click();
    await page.getByText('Koulutustiedot tallennettu.').waitFor();
    expect(await page.getByRole('button', { name: /^Poista koulutus/ }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the training page (fi)');
    await screenshot(page, 'link-work-training-fi');

    await subNav(page).getByRole('link', { name: 'Kysely' }).click();
    await expectHeading(page, 'Kysely lähettityöstä');
    await answerAll(page, 'Kuinka samaa mieltä olet seuraavista väittämistä?', 'Jokseenkin samaa mieltä');
    await page.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await page.getByText('Kiitos! Vastauksesi on tallennettu.').waitFor();
    await expectNoAxeViolations(page, 'the survey page (fi)');
    await screenshot(page, 'link-work-survey-fi');

    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Enkät om länkarbetet');
    await subNav(page).waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Länkarbetets sidor' }).getByRole('link', { name: 'Utbildning' }).click();
    await expectHeading(page, 'Utbildning och mentorskap');
    await loaded(page);
    await expectNoAxeViolations(page, 'the training page (sv)');
    await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Training and mentoring');
    await page.getByRole('navigation', { name: 'Link work pages' }).getByRole('link', { name: 'Profile' }).click();
    await expectHeading(page, 'Link worker profile');
    await expectNoAxeViolations(page, 'the profile page (en)');
    await screenshot(page, 'link-work-profile-en');
  });

  it('fits a phone screen', async () => {
    const { page } = await suite.open(`/${tenant}/`, { viewport: { width: 375, height: 740 } });
    await signInAs(page, tenant, linkWorker);
    await page.goto(`/${tenant}/link-work`);
    await expectHeading(page, 'Lähettityö');
    await loaded(page);
    await screenshot(page, 'link-work-queue-mobile');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  });
});
