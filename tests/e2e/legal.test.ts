import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, pageWidth, settled, signInAs } from './support/ui';

const suite = useBrowserSuite();
const tenant = 'pohjois-savo';
const coordinator = 'Tiina Karvonen';
const problem = 'Hakutulosten suodattimet eivät avaudu näppäimistöllä.';

const chooseLanguage = (page: Page, group: string, language: string) => page.getByRole('group', { name: group }).getByRole('button', { name: language }).click();
const footer = (page: Page, name: string) => page.getByRole('contentinfo').getByRole('navigation', { name });

/** The page fits a 360 px wide phone: nothing scrolls sideways. */
const expectFitsPhone = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await settled(page);
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  await screenshot(page, name, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
};

describe('the accessibility statement and the privacy notices', () => {
  it('are linked from every county page’s footer in the reader’s language, and a resident sends accessibility feedback', async () => {
    const { page } = await suite.open(`/${tenant}/activities`);
    await footer(page, 'Saavutettavuus ja tietosuoja').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await expectHeading(page, 'Saavutettavuusseloste');
    await page.getByText('Palvelu täyttää osittain WCAG 2.1 -kriteeristön A- ja AA-tason vaatimukset.').waitFor();
    await page.getByRole('link', { name: 'kirjaamo@pohjois-savo.example' }).waitFor();
    await page.getByText('Etelä-Suomen aluehallintovirasto, Saavutettavuuden valvonnan yksikkö').waitFor();
    await expectNoAxeViolations(page, 'the accessibility statement (fi)');
    await expectFitsPhone(page, 'legal-statement-360');

    const form = page.getByRole('region', { name: 'Anna saavutettavuuspalautetta' });
    await form.getByRole('button', { name: 'Lähetä palaute' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kerro, mikä ei toiminut.' }).waitFor();
    await form.getByLabel('Mikä ei toiminut?').fill(problem);
    await form.getByLabel('Missä ongelma oli?').fill('Toimintojen haku');
    await form.getByLabel('Sähköpostiosoite vastausta varten (vapaaehtoinen)').fill('asukas@example.fi');
    await form.getByRole('button', { name: 'Lähetä palaute' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sähköpostiosoitteen säilyttämiseen tarvitaan lupasi.' }).waitFor();
    await form.getByRole('checkbox').check();
    await expectNoAxeViolations(page, 'the feedback form with errors (fi)');
    await form.getByRole('button', { name: 'Lähetä palaute' }).click();
    await form.getByRole('heading', { name: 'Kiitos palautteestasi' }).waitFor();

    await chooseLanguage(page, 'Kieli', 'Svenska');
    await expectHeading(page, 'Tillgänglighetsutlåtande');
    await page.getByText('Regionförvaltningsverket i Södra Finland, Enheten för tillgänglighetstillsyn').waitFor();
    await expectNoAxeViolations(page, 'the accessibility statement (sv)');
    await footer(page, 'Tillgänglighet och dataskydd').getByRole('link', { name: 'Välfärdsremisser' }).click();
    await expectHeading(page, 'Dataskyddsbeskrivning: Välfärdsremisser');
    await page.getByRole('heading', { name: 'Personuppgiftsansvarig och kontaktuppgifter' }).waitFor();
    await expectNoAxeViolations(page, 'a privacy notice (sv)');

    await chooseLanguage(page, 'Språk', 'English');
    await expectHeading(page, 'Privacy notice: Wellbeing referrals');
    await page.getByText('North Savo wellbeing services county', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'a privacy notice (en)');
    await footer(page, 'Accessibility and privacy').getByRole('link', { name: 'Developer network' }).click();
    await expectHeading(page, 'Privacy notice: Developer network');
    await expectFitsPhone(page, 'legal-notice-360');
    await footer(page, 'Accessibility and privacy').getByRole('link', { name: 'Accessibility statement' }).click();
    await expectHeading(page, 'Accessibility statement');
    await expectNoAxeViolations(page, 'the accessibility statement (en)');
  });

  it('the coordinator sees the feedback due in 14 days and marks it answered', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await signInAs(page, tenant, coordinator);
    await footer(page, 'Selosteiden ylläpito').getByRole('link', { name: 'Saavutettavuuspalautteet' }).click();
    await expectHeading(page, 'Saavutettavuuspalautteet');
    const card = page.getByRole('article').filter({ hasText: problem });
    await card.getByText('Vastaamatta', { exact: true }).waitFor();
    await card.getByRole('link', { name: 'asukas@example.fi' }).waitFor();
    await expectNoAxeViolations(page, 'the feedback queue (fi)');
    await expectFitsPhone(page, 'legal-feedback-360');
    await chooseLanguage(page, 'Kieli', 'Svenska');
    await expectHeading(page, 'Respons om tillgänglighet');
    await expectNoAxeViolations(page, 'the feedback queue (sv)');
    await chooseLanguage(page, 'Språk', 'English');
    await expectHeading(page, 'Accessibility feedback');
    await card.getByRole('button', { name: 'Mark as answered' }).click();
    await card.getByText('Answered', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Mark as answered' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the feedback queue (en)');
  });

  it('the coordinator edits the statement; a save that someone else beat keeps what was typed', async () => {
    const first = await suite.open(`/${tenant}/`);
    const second = await suite.open(`/${tenant}/`);
    for (const { page } of [first, second]) {
      await signInAs(page, tenant, coordinator);
      await page.goto(`/${tenant}/legal/edit`);
      await expectHeading(page, 'Saavutettavuus- ja tietosuojaselosteet');
    }
    const statement = (page: Page) => page.getByRole('region', { name: 'Saavutettavuusseloste' });
    const gaps = (page: Page) => statement(page).getByLabel('Saavutettavuuden puutteet suomeksi');
    await expectNoAxeViolations(first.page, 'the statement editor (fi)');

    await gaps(first.page).fill('Karttanäkymä ei toimi ruudunlukijalla.');
    await statement(first.page).getByRole('button', { name: 'Tallenna saavutettavuusseloste' }).click();
    await statement(first.page).getByText('Tallennettu.').waitFor();

    await gaps(second.page).fill('Toisen koordinaattorin teksti.');
    await statement(second.page).getByRole('button', { name: 'Tallenna saavutettavuusseloste' }).click();
    await statement(second.page).getByText('Joku muu tallensi tämän ensin').waitFor();
    expect(await gaps(second.page).inputValue()).toBe('Toisen koordinaattorin teksti.');
    await expectNoAxeViolations(second.page, 'the statement editor with a conflict (fi)');
    await statement(second.page).getByRole('button', { name: 'Lataa tallennettu versio' }).click();
    await expect.poll(() => gaps(second.page).inputValue()).toBe('Karttanäkymä ei toimi ruudunlukijalla.');

    await first.page.goto(`/${tenant}/accessibility`);
    await first.page.getByText('Karttanäkymä ei toimi ruudunlukijalla.').waitFor();
  });
});
