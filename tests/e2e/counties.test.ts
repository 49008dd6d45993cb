import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { chooseIdentity, expectHeading, mainNav, pageWidth, settled, signInAs } from './support/ui';

const suite = useBrowserSuite();

/** The platform operator: no county of their own, so they sign in from any county's page. */
const operator = 'Linkki-ylläpito';
const kainuuMunicipalities = ['Hyrynsalmi', 'Kajaani', 'Kuhmo', 'Paltamo', 'Puolanka', 'Ristijärvi', 'Sotkamo', 'Suomussalmi'];
const coordinator = { name: 'Kaisu Kainulainen', email: 'kaisu.kainulainen@kainuu.example.fi' };

const countyTable = (page: Page) => page.getByRole('table', { name: 'Kaikki hyvinvointialueet nimen mukaan' });
const countyRow = (page: Page, name: string) =>
  countyTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) });
const statusOf = async (page: Page, name: string): Promise<string> => (await countyRow(page, name).getByRole('cell').nth(1).textContent()) ?? '';
const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Korjaa nämä kohdat' });
const chooseLanguage = (page: Page, group: string, language: string) => page.getByRole('group', { name: group }).getByRole('button', { name: language }).click();
const usageTable = (page: Page, name: RegExp = /^Alueiden käyttö/) => page.getByRole('table', { name });
const usageRow = (page: Page, county: string) =>
  usageTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: county, exact: true }) });
/** The little of a table cell the page function below uses (the tests compile without DOM typings). */
interface ShownCell {
  cloneNode(deep: true): ShownCell;
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
  readonly textContent: string | null;
}
/** A usage row's cells as they show, without the words only a screen reader hears. */
const usageCells = (page: Page, county: string): Promise<string[]> =>
  usageRow(page, county)
    .getByRole('cell')
    .evaluateAll((cells: ShownCell[]) =>
      cells.map((cell) => {
        const shown = cell.cloneNode(true);
        for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
        return shown.textContent ?? '';
      }),
    );
/** Its figures as numbers, a day's and the period's apart; digit groups dropped. */
const usageFigures = async (page: Page, county: string): Promise<number[]> =>
  (await usageCells(page, county)).slice(0, 5).flatMap((text) => text.split(' / ').map((figure) => Number(figure.replace(/[^\d]/g, ''))));

/** The operator's list of counties, signed in and loaded. */
const openCounties = async (page: Page): Promise<void> => {
  await page.goto('/lappi/operator/counties');
  await expectHeading(page, 'Hyvinvointialueet');
  await countyRow(page, 'Lapin hyvinvointialue').waitFor();
};

/** A resident's first visit to a county's address. */
const residentAt = async (tenant: string): Promise<Page> => (await suite.open(`/${tenant}/`)).page;

describe('the platform operator’s counties', () => {
  it('onboards Kainuu, whose first coordinator then takes it into use by signing in', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', operator);
    await page.waitForURL('**/lappi/operator/counties');
    await expectHeading(page, 'Hyvinvointialueet');
    expect(await mainNav(page).getByRole('link', { name: 'Hyvinvointialueet' }).getAttribute('aria-current')).toBe('page');
    await countyRow(page, 'Kainuun hyvinvointialue').waitFor();
    await settled(page);
    expect(await statusOf(page, 'Kainuun hyvinvointialue')).toBe('Rekisteröity');
    expect(await statusOf(page, 'Pohjois-Savon hyvinvointialue')).toBe('Käytössä');
    expect(await countyRow(page, 'Lapin hyvinvointialue').getByRole('cell').nth(3).textContent()).toBe('Linkin kutsutunnukset');
    await expectNoAxeViolations(page, 'the counties (fi)');
    await screenshot(page, 'counties-list-fi');

    await countyRow(page, 'Kainuun hyvinvointialue').getByRole('link', { name: 'Ota käyttöön: Kainuun hyvinvointialue' }).click();
    await expectHeading(page, 'Ota käyttöön: Kainuun hyvinvointialue');
    await page.getByText('Tunnistuspalvelu: Linkin kutsutunnukset.', { exact: false }).waitFor();
    expect(await page.getByLabel('Yhteydenottopyyntöjen säilytysaika (päivää)').inputValue()).toBe('90');
    await page.getByRole('button', { name: 'Lähetä kutsu ja aloita käyttöönotto' }).click();
    await errorSummary(page).waitFor();
    expect(await errorSummary(page).getByRole('link').allTextContents()).toEqual([
      'Alueen kunnat: Anna vähintään yksi kunta.',
      'Sähköpostiosoite: Kirjoita koordinaattorin sähköpostiosoite.',
      'Nimi: Kirjoita koordinaattorin nimi.',
    ]);
    await page.locator('.error-summary:focus').waitFor();
    await errorSummary(page)
      .getByRole('link', { name: /^Alueen kunnat:/ })
      .click();
    await page.locator('#county-onboarding-municipalities:focus').waitFor();
    await expectNoAxeViolations(page, 'the onboarding form with errors (fi)');

    // One municipality per line; spaces and empty lines do not count.
    await page.getByLabel('Alueen kunnat').fill(`${kainuuMunicipalities.map((name) => ` ${name} `).join('\n')}\n\n`);
    await page.getByRole('group', { name: 'Saamen kielet suomen, ruotsin ja englannin lisäksi' }).getByRole('checkbox', { name: 'pohjoissaame' }).waitFor();
    await page.getByLabel('Nimi').fill(coordinator.name);
    await page.getByLabel('Sähköpostiosoite').fill('kaisu.kainulainen@');
    await page.getByRole('button', { name: 'Lähetä kutsu ja aloita käyttöönotto' }).click();
    await errorSummary(page)
      .getByRole('link', { name: /^Sähköpostiosoite: Kirjoita sähköpostiosoite muodossa/ })
      .waitFor();
    expect(await errorSummary(page).getByRole('link').count()).toBe(1);
    const email = page.getByLabel('Sähköpostiosoite');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#county-onboarding-email-error').textContent()).toContain('etunimi.sukunimi@hyvinvointialue.fi');
    await expectNoAxeViolations(page, 'the onboarding form with a malformed email (fi)');
    await screenshot(page, 'counties-onboarding-errors-fi');

    await chooseLanguage(page, 'Kieli', 'Svenska');
    await expectHeading(page, 'Ta i bruk: Kajanalands välfärdsområde');
    await page.getByRole('group', { name: 'Samiska språk utöver finska, svenska och engelska' }).getByRole('checkbox', { name: 'enaresamiska' }).waitFor();
    await expectNoAxeViolations(page, 'the onboarding form (sv)');
    await screenshot(page, 'counties-onboarding-sv');
    await chooseLanguage(page, 'Språk', 'English');
    await expectHeading(page, 'Onboard: Kainuu wellbeing services county');
    await page.getByLabel('Retention of contact requests (days)').waitFor();
    await expectNoAxeViolations(page, 'the onboarding form (en)');
    await screenshot(page, 'counties-onboarding-en');
    await chooseLanguage(page, 'Language', 'Suomi');
    await expectHeading(page, 'Ota käyttöön: Kainuun hyvinvointialue');

    await email.fill(coordinator.email);
    await page.getByRole('button', { name: 'Lähetä kutsu ja aloita käyttöönotto' }).click();
    await expectHeading(page, 'Hyvinvointialueet');
    await page
      .getByRole('status')
      .filter({ hasText: `Kainuun hyvinvointialueen käyttöönotto aloitettu: kutsu lähetetty osoitteeseen ${coordinator.email}.` })
      .waitFor();
    await countyRow(page, 'Kainuun hyvinvointialue').getByRole('cell', { name: 'Käyttöönotossa' }).waitFor();
    expect(await countyRow(page, 'Kainuun hyvinvointialue').getByRole('cell').nth(2).textContent()).toBe(String(kainuuMunicipalities.length));
    await screenshot(page, 'counties-onboarded-fi');

    await page.setViewportSize({ width: 360, height: 800 });
    await openCounties(page);
    await settled(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the counties at 360 px (fi)');
    await screenshot(page, 'counties-list-360', { fullPage: false });
    await page.goto('/lappi/operator/counties/kainuu/onboard');
    await expectHeading(page, 'Ota käyttöön: Kainuun hyvinvointialue');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'counties-onboarding-360', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Onboarding again while the county waits for its coordinator: the municipalities are kept, the same person cannot be invited twice.
    expect(await page.getByLabel('Alueen kunnat').inputValue()).toBe(kainuuMunicipalities.join('\n'));
    await page.getByLabel('Sähköpostiosoite').fill(coordinator.email);
    await page.getByLabel('Nimi').fill(coordinator.name);
    await page.getByRole('button', { name: 'Lähetä kutsu ja aloita käyttöönotto' }).click();
    await page.getByRole('alert').filter({ hasText: 'Osoite kuuluu jo alueen henkilöstöön.' }).waitFor();
    await expectNoAxeViolations(page, 'an onboarding refused (fi)');

    const mailbox = (await suite.open('/dev/mailbox')).page;
    const invitation = mailbox.locator('article').filter({ hasText: `to ${coordinator.email}` });
    await invitation.waitFor();
    expect(await invitation.textContent()).toContain('Kainuun hyvinvointialue');

    const resident = await residentAt('kainuu');
    await expectHeading(resident, 'Kainuun hyvinvointialue');
    await resident.getByText('Linkki ei ole vielä käytössä tällä hyvinvointialueella.').waitFor();
    await expectNoAxeViolations(resident, 'an onboarding county (fi)');
    await resident.getByRole('link', { name: 'Kirjaudu sisään' }).click();
    await resident.waitForURL('**/kainuu/sign-in');
    await chooseIdentity(resident, coordinator.name);
    await resident.waitForURL('**/kainuu/coordination');
    await mainNav(resident).getByRole('link', { name: coordinator.name, exact: true }).waitFor();

    const later = await residentAt('kainuu');
    await expectHeading(later, 'Kainuun hyvinvointialue');
    await later.getByRole('heading', { name: 'Mitä Linkki tarjoaa' }).waitFor();
    expect(await later.getByText('Linkki ei ole vielä käytössä tällä hyvinvointialueella.').count()).toBe(0);

    await openCounties(page);
    await countyRow(page, 'Kainuun hyvinvointialue').getByRole('cell', { name: 'Käytössä' }).waitFor();
    expect(
      await countyRow(page, 'Kainuun hyvinvointialue')
        .getByRole('link', { name: /Ota käyttöön/ })
        .count(),
    ).toBe(0);
  });

  it('suspends Pohjois-Savo after a confirmation, so its residents see a notice, and reactivates it', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', operator);
    await openCounties(page);
    const county = 'Pohjois-Savon hyvinvointialue';

    // By keyboard: a confirmation first, cancel returns to the button, confirm suspends.
    await countyRow(page, county)
      .getByRole('button', { name: `Keskeytä: ${county}` })
      .focus();
    await page.keyboard.press('Enter');
    const confirmation = page.getByRole('alertdialog', { name: /Keskeytetäänkö Pohjois-Savon hyvinvointialue\?/ });
    await page.locator('.county-confirmation:focus').waitFor();
    await expectNoAxeViolations(page, 'the confirmation of a suspension (fi)');
    await screenshot(page, 'counties-confirm-suspension-fi', { fullPage: false });
    await confirmation.getByRole('button', { name: 'Peruuta' }).click();
    await page.locator('#county-suspend-pohjois-savo:focus').waitFor();
    expect(await statusOf(page, county)).toBe('Käytössä');
    await page.keyboard.press('Enter');
    await confirmation.getByRole('button', { name: 'Kyllä, keskeytä' }).click();
    const suspended = page.getByRole('status').filter({ hasText: `${county} on keskeytetty.` });
    await suspended.waitFor();
    await page.locator('.county-outcome:focus').waitFor();
    await countyRow(page, county).getByRole('cell', { name: 'Keskeytetty' }).waitFor();
    await expectNoAxeViolations(page, 'the counties after a suspension (fi)');
    await screenshot(page, 'counties-suspended-fi');

    const resident = await residentAt('pohjois-savo');
    await expectHeading(resident, county);
    await resident.getByText('Linkki on tilapäisesti poissa käytöstä tällä hyvinvointialueella.', { exact: false }).waitFor();
    expect(await resident.getByRole('link', { name: 'Kirjaudu sisään' }).count()).toBe(0);

    await countyRow(page, county)
      .getByRole('button', { name: `Palauta käyttöön: ${county}` })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `${county} on palautettu käyttöön.` })
      .waitFor();
    await countyRow(page, county).getByRole('cell', { name: 'Käytössä' }).waitFor();

    const back = await residentAt('pohjois-savo');
    await expectHeading(back, county);
    await back.getByRole('heading', { name: 'Mitä Linkki tarjoaa' }).waitFor();
  });

  it("shows each county's usage, counted when the platform started, in a table that scrolls by itself on a phone", async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', operator);
    await openCounties(page);
    await page.getByRole('heading', { level: 2, name: 'Käyttö alueittain' }).waitFor();
    await usageRow(page, 'Lapin hyvinvointialue').waitFor();
    // Active staff, listings, referrals (day, 30 days), requests (day, 30 days), items stored.
    const [staff, listings, , , , , items] = await usageFigures(page, 'Lapin hyvinvointialue');
    expect(staff).toBeGreaterThan(0);
    expect(listings).toBeGreaterThan(0);
    expect(items).toBeGreaterThan(listings!);
    const lappi = await usageCells(page, 'Lapin hyvinvointialue');
    expect(lappi[5]).toMatch(/\d.*(kt|kB|Mt|MB)/);
    expect(lappi[6]).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
    // The slash between a day's figure and the period's is read out in words.
    expect(await usageRow(page, 'Lapin hyvinvointialue').getByRole('cell').nth(2).textContent()).toMatch(/^\d+ \/ , 30 päivän aikana: \d+$/);
    // A county no one has used yet has its figures too, all of them zero.
    expect((await usageFigures(page, 'Kanta-Hämeen hyvinvointialue')).every((figure) => figure === 0)).toBe(true);
    await settled(page);
    await expectNoAxeViolations(page, 'the usage per county (fi)');
    await screenshot(page, 'counties-usage-fi');

    await chooseLanguage(page, 'Kieli', 'English');
    await usageTable(page, /^Each county's usage on/)
      .getByRole('columnheader', { name: 'API requests, day / 30 days' })
      .waitFor();
    await expectNoAxeViolations(page, 'the usage per county (en)');
    await chooseLanguage(page, 'Language', 'Svenska');
    await usageTable(page, /^Områdenas användning/)
      .getByRole('columnheader', { name: 'Lagrade poster' })
      .waitFor();
    await chooseLanguage(page, 'Språk', 'Suomi');

    await page.setViewportSize({ width: 360, height: 800 });
    await usageTable(page).scrollIntoViewIfNeeded();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the usage per county at 360 px (fi)');
    await screenshot(page, 'counties-usage-360', { fullPage: false });
  });

  it('offers a reload when the county changed meanwhile, and keeps other people out', async () => {
    const [first, second] = [await suite.open('/lappi/'), await suite.open('/lappi/')];
    for (const { page } of [first, second]) {
      await signInAs(page, 'lappi', operator);
      await openCounties(page);
    }
    const county = 'Keski-Pohjanmaan hyvinvointialue';
    await countyRow(first.page, county)
      .getByRole('button', { name: /^Keskeytä/ })
      .click();
    await first.page.getByRole('button', { name: 'Kyllä, keskeytä' }).click();
    await countyRow(first.page, county).getByRole('cell', { name: 'Keskeytetty' }).waitFor();
    await countyRow(first.page, county)
      .getByRole('button', { name: /^Palauta käyttöön/ })
      .click();
    await countyRow(first.page, county).getByRole('cell', { name: 'Käytössä' }).waitFor();

    // The second list still shows the version before both changes.
    await countyRow(second.page, county)
      .getByRole('button', { name: /^Keskeytä/ })
      .click();
    await second.page.getByRole('button', { name: 'Kyllä, keskeytä' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'Alueen tilaa muutettiin sillä välin' });
    await conflict.waitFor();
    await second.page.locator('.county-outcome:focus').waitFor();
    await expectNoAxeViolations(second.page, 'a county changed meanwhile (fi)');
    await conflict.getByRole('button', { name: 'Lataa tiedot uudelleen' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await statusOf(second.page, county)).toBe('Käytössä');

    const staff = (await suite.open('/pohjois-savo/')).page;
    await signInAs(staff, 'pohjois-savo', 'Tiina Karvonen');
    await staff.goto('/pohjois-savo/operator/counties');
    await staff.getByText('Hyvinvointialueiden hallinta on vain Linkin ylläpidolle.').waitFor();
    expect(await mainNav(staff).getByRole('link', { name: 'Hyvinvointialueet' }).count()).toBe(0);
  });

  it('offboards Keski-Pohjanmaa once its identifier is typed, hands over its export, and keeps it suspended when the offboarding is cancelled', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', operator);
    await openCounties(page);
    await settled(page);
    const county = 'Keski-Pohjanmaan hyvinvointialue';
    const row = countyRow(page, county);

    await row.getByRole('button', { name: `Poista käytöstä: ${county}` }).click();
    const confirmation = page.getByRole('alertdialog', { name: `Poistetaanko ${county} käytöstä?` });
    await page.locator('.county-confirmation:focus').waitFor();
    await confirmation.getByText('Tiedot poistetaan vasta 30 päivän harkinta-ajan jälkeen', { exact: false }).waitFor();
    const confirm = confirmation.getByRole('button', { name: 'Poista käytöstä', exact: true });
    const identifier = confirmation.getByLabel('Vahvista kirjoittamalla alueen tunnus keski-pohjanmaa');
    expect(await confirm.isDisabled()).toBe(true);
    await identifier.fill('keski-pohjanmaa-2');
    expect(await confirm.isDisabled()).toBe(true);
    await identifier.fill('kainuu');
    expect(await confirm.isDisabled()).toBe(true);
    await identifier.fill('keski-pohjanmaa');
    expect(await confirm.isEnabled()).toBe(true);
    await expectNoAxeViolations(page, 'the confirmation of an offboarding (fi)');
    await screenshot(page, 'counties-confirm-offboarding-fi', { fullPage: false });
    await page.setViewportSize({ width: 360, height: 800 });
    await identifier.scrollIntoViewIfNeeded();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the confirmation of an offboarding at 360 px (fi)');
    await screenshot(page, 'counties-confirm-offboarding-360', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });

    await confirm.click();
    await page
      .getByRole('status')
      .filter({ hasText: `${county} poistetaan käytöstä` })
      .waitFor();
    await page.locator('.county-outcome:focus').waitFor();
    await row.getByText(/^Poistumassa – tiedot voi poistaa \d{1,2}\.\d{1,2}\.\d{4}.* alkaen$/).waitFor();
    // The deletion waits for the grace period (and the export), and says so beside its disabled button.
    expect(await row.getByRole('button', { name: `Poista tiedot: ${county}` }).isDisabled()).toBe(true);
    await row.getByText(/^Tiedot voi poistaa \d{1,2}\.\d{1,2}\.\d{4}.* alkaen/).waitFor();
    await row
      .getByRole('status')
      .filter({ hasText: /Vientiä valmistellaan…|Vienti valmis/ })
      .waitFor();
    await settled(page);
    await expectNoAxeViolations(page, 'a county in offboarding (fi)');
    await screenshot(page, 'counties-offboarding-fi');
    await page.setViewportSize({ width: 360, height: 800 });
    // The table scrolls sideways in its own region: its actions come into view, not the page wider.
    await row.getByRole('button', { name: `Lataa vienti: ${county}` }).scrollIntoViewIfNeeded();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'counties-offboarding-360', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });

    const resident = await residentAt('keski-pohjanmaa');
    await expectHeading(resident, county);
    await resident.getByText('Linkki ei ole enää käytössä tällä hyvinvointialueella.').waitFor();
    expect(await resident.getByRole('link', { name: 'Kirjaudu sisään' }).count()).toBe(0);
    await expectNoAxeViolations(resident, 'a county being offboarded, to its residents (fi)');

    // The local job makes the archive within 20 seconds; the list is read again meanwhile.
    await row
      .getByRole('status')
      .filter({ hasText: /^Vienti valmis: .*, kohteita \d+/ })
      .waitFor({ timeout: 90_000 });
    // The download link is followed here rather than by the browser, which would save the archive.
    let download: { status: number; type: string | undefined; head: string } | null = null;
    await page.route('**/dev/exports/**', async (route) => {
      const response = await route.fetch();
      download = { status: response.status(), type: response.headers()['content-type'], head: (await response.body()).subarray(0, 2).toString('latin1') };
      await route.fulfill({ status: 204 });
    });
    await row.getByRole('button', { name: `Lataa vienti: ${county}` }).click();
    await expect.poll(() => download, { timeout: 10_000 }).toEqual({ status: 200, type: 'application/zip', head: 'PK' });
    await page.unroute('**/dev/exports/**');

    await row.getByRole('button', { name: `Peru poisto: ${county}` }).click();
    const cancellation = page.getByRole('alertdialog', { name: /^Perutaanko Keski-Pohjanmaan hyvinvointialueen poisto\?/ });
    await cancellation.getByRole('button', { name: 'Kyllä, peru poisto' }).click();
    await page.getByRole('status').filter({ hasText: 'Keski-Pohjanmaan hyvinvointialueen poisto on peruttu.' }).waitFor();
    await row.getByRole('cell', { name: 'Keskeytetty' }).waitFor();
    expect(await row.getByRole('button', { name: `Palauta käyttöön: ${county}` }).count()).toBe(1);
  }, 180_000);
});
