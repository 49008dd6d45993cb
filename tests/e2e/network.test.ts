import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, signInAs } from './support/ui';

const suite = useBrowserSuite();

/** Lappi's and Pohjois-Savo's demo developers. */
const lappiDeveloper = 'Olli Kangas';
const savoDeveloper = 'Ville Tuovinen';
const practiceTitle = 'Liikuntalähete ikäihmisille Sallassa';

/** The practice's structured fields by their Finnish labels. */
const practiceFields: [string, string][] = [
  ['Lyhyt kuvaus', 'Ikäihminen saa lähetteellä liikuntaneuvojan ja vertaisryhmän.'],
  ['Toimintaympäristö', 'Harvaan asuttu kunta Itä-Lapissa.'],
  ['Lähtötilanne ja tarpeet', 'Kotona asuvien ikäihmisten toimintakyky heikkeni poikkeusaikana.'],
  ['Kohderyhmä', 'Yli 70-vuotiaat kotona asuvat.'],
  ['Tavoiteltu muutos', 'Liikunta on osa viikkoa, ja kaatumiset vähenevät.'],
  ['Muutoksen mittaaminen', 'Tasapainotesti alussa ja puolen vuoden kuluttua.'],
  ['Toteutus', 'Terveydenhoitaja tekee lähetteen, liikuntaneuvoja ottaa yhteyttä viikon sisällä.'],
  ['Yhteyshenkilö', 'Olli Kangas'],
];

/** Waits until nothing on the page says it is loading (by locator: the app's CSP forbids evaluated strings). */
const loaded = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

const openNetwork = async (page: Page): Promise<void> => {
  await mainNav(page).getByRole('link', { name: 'Verkosto' }).click();
  await expectHeading(page, 'Kehittäjäverkosto');
  await loaded(page);
};

const writePractice = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Uusi julkaisu' }).click();
  await expectHeading(page, 'Uusi julkaisu');
  await page.getByLabel('Julkaisun tyyppi').selectOption('practice');
  await page.getByLabel('Otsikko').fill(practiceTitle);
  await page.getByLabel('Teksti', { exact: false }).first().fill('Kokeilimme liikuntalähetettä kahdessa kylässä.');
  await page.getByRole('group', { name: 'Aiheet' }).getByRole('checkbox', { name: 'Ikäihmiset' }).check();
  await page.getByRole('group', { name: 'Aiheet' }).getByRole('checkbox', { name: 'Liikunta' }).check();
  for (const [label, value] of practiceFields) await page.getByLabel(label, { exact: false }).first().fill(value);
  await page.getByLabel('Mallit ja työkalut').fill('Liikuntalähete\nTasapainotesti');
  await page.getByLabel('Vaihe').selectOption('piloted');
};

describe('the developer network', () => {
  it('lets a Lappi developer post a practice that a Pohjois-Savo developer finds by tag', async () => {
    const lappi = await suite.open('/lappi/');
    await signInAs(lappi.page, 'lappi', lappiDeveloper);
    await openNetwork(lappi.page);
    await expectNoAxeViolations(lappi.page, 'the network feed (fi)');
    await screenshot(lappi.page, 'network-feed-fi');
    await writePractice(lappi.page);
    await expectNoAxeViolations(lappi.page, 'the practice form (fi)');
    await lappi.page.getByRole('button', { name: 'Julkaise' }).click();
    await expectHeading(lappi.page, practiceTitle);
    await lappi.page.getByText('Lapin hyvinvointialue', { exact: false }).first().waitFor();
    await expectNoAxeViolations(lappi.page, 'the practice page (fi)');
    await screenshot(lappi.page, 'network-practice-fi');

    const savo = await suite.open('/pohjois-savo/');
    await signInAs(savo.page, 'pohjois-savo', savoDeveloper);
    await openNetwork(savo.page);
    await savo.page.getByRole('region', { name: 'Rajaa syötettä' }).getByRole('checkbox', { name: 'Ikäihmiset' }).check();
    await savo.page.waitForURL(/tags=ikaihmiset/);
    const card = savo.page.getByRole('article', { name: practiceTitle });
    await card.waitFor();
    expect(await card.textContent()).toContain('Lapin hyvinvointialue');
    await card.getByRole('link', { name: practiceTitle }).click();
    await expectHeading(savo.page, practiceTitle);
    await savo.page.getByRole('button', { name: 'Hyödyllinen' }).click();
    await savo.page.getByText('Merkitsit julkaisun hyödylliseksi.').waitFor();
    await savo.page.getByLabel('Kommentti').fill('Kiinnostava malli, kokeilemme tätä Kuopiossa.');
    await savo.page.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await savo.page.getByText('Kiinnostava malli, kokeilemme tätä Kuopiossa.').waitFor();
    expect(await savo.page.getByRole('link', { name: 'Muokkaa' }).count()).toBe(0);
    await expectNoAxeViolations(savo.page, 'the practice page seen from another county (fi)');
  });

  it('shows the participation toolkit, the follow settings and the feed accessibly in Finnish, Swedish and English', async () => {
    const { page } = await suite.open('/pohjois-savo/');
    await signInAs(page, 'pohjois-savo', savoDeveloper);
    await openNetwork(page);
    await page.getByRole('navigation', { name: 'Verkoston sivut' }).getByRole('link', { name: 'Osallisuuden työkalupakki' }).click();
    await expectHeading(page, 'Osallisuuden työkalupakki');
    await page.getByText('Osallisuuden työkalupakki', { exact: true }).first().waitFor();
    await loaded(page);
    await page.getByRole('article', { name: 'Palveluohjauksen malli ja järjestöyhteistyö Pohjois-Savossa' }).waitFor();
    await expectNoAxeViolations(page, 'the participation toolkit (fi)');
    await screenshot(page, 'network-toolkit-fi');
    await page.getByRole('navigation', { name: 'Verkoston sivut' }).getByRole('link', { name: 'Seuranta' }).click();
    await expectHeading(page, 'Seurattavat aiheet');
    await loaded(page);
    await expectNoAxeViolations(page, 'the follow settings (fi)');
    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Ämnen jag följer');
    await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Topics I follow');
    await page.getByRole('navigation', { name: 'Network pages' }).getByRole('link', { name: 'Feed' }).click();
    await expectHeading(page, 'Developer network');
    await page.getByRole('article').first().waitFor();
    await expectNoAxeViolations(page, 'the network feed (en)');
  });

  it("keeps a practice's history when its author edits it, and shows the author why a moderator hid it", async () => {
    const sodankyla = 'Hyvinvointilähete ja vapaaehtoiset hyvinvointilähetit Sodankylässä';
    const reason = 'Yhteystiedoissa on henkilön oma puhelinnumero';
    const author = await suite.open('/lappi/');
    await signInAs(author.page, 'lappi', lappiDeveloper);
    await openNetwork(author.page);
    await author.page.getByRole('article', { name: sodankyla }).getByRole('link', { name: sodankyla }).click();
    await expectHeading(author.page, sodankyla);
    const postPath = new URL(author.page.url()).pathname.replace('/lappi/', '/');
    await author.page.getByRole('link', { name: 'Muokkaa' }).click();
    await expectHeading(author.page, 'Muokkaa julkaisua');
    await loaded(author.page);
    await expectNoAxeViolations(author.page, 'the practice edit form (fi)');
    await author.page.getByLabel('Vaihe').selectOption('established');
    await author.page.getByRole('button', { name: 'Julkaise' }).click();
    await expectHeading(author.page, sodankyla);
    await author.page.getByText('Vakiintunut').waitFor();
    await author.page.getByText('Muutoshistoria').click();
    await author.page.getByText(/^Versio 1 /).waitFor();
    await expectNoAxeViolations(author.page, 'the practice page with its history (fi)');

    // Another county's coordinator may report the post but not moderate it.
    const reporter = await suite.open('/pohjois-savo/');
    await signInAs(reporter.page, 'pohjois-savo', 'Tiina Karvonen');
    await reporter.page.goto(`/pohjois-savo${postPath}`);
    await expectHeading(reporter.page, sodankyla);
    await reporter.page.getByText('Ilmoita asiattomasta sisällöstä').click();
    await reporter.page.getByLabel('Miksi julkaisu on asiaton?', { exact: false }).fill('Henkilötietoja julkisessa kuvauksessa');
    await reporter.page.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await reporter.page.getByText('Kiitos, ilmoitus on lähetetty moderaattoreille.').waitFor();
    expect(await reporter.page.getByRole('button', { name: 'Piilota julkaisu' }).count()).toBe(0);

    const moderator = await suite.open('/lappi/');
    await signInAs(moderator.page, 'lappi', 'Riikka Aikio');
    await openNetwork(moderator.page);
    await moderator.page.getByRole('navigation', { name: 'Verkoston sivut' }).getByRole('link', { name: 'Ilmoitetut' }).click();
    await expectHeading(moderator.page, 'Ilmoitetut julkaisut');
    await moderator.page.getByText('Viimeisin syy: Henkilötietoja julkisessa kuvauksessa').waitFor();
    await expectNoAxeViolations(moderator.page, 'the network moderation queue (fi)');
    await moderator.page.getByRole('article', { name: sodankyla }).getByRole('link', { name: sodankyla }).click();
    await expectHeading(moderator.page, sodankyla);
    await moderator.page.getByLabel('Piilotuksen syy', { exact: false }).fill(reason);
    await moderator.page.getByRole('button', { name: 'Piilota julkaisu' }).click();
    await moderator.page.getByText('Moderaattori on piilottanut tämän julkaisun.', { exact: false }).waitFor();

    await author.page.reload();
    await author.page.getByText(`Syy: ${reason}`).waitFor();
    await expectNoAxeViolations(author.page, 'a hidden practice as its author sees it (fi)');
    await screenshot(author.page, 'network-hidden-fi');
    await moderator.page.getByRole('button', { name: 'Palauta julkaisu näkyviin' }).click();
    await moderator.page.getByRole('button', { name: 'Piilota julkaisu' }).waitFor();
  });

  it('shows no network to a professional', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', 'Eija Lehtola');
    expect(await mainNav(page).getByRole('link', { name: 'Verkosto' }).count()).toBe(0);
  });
});
