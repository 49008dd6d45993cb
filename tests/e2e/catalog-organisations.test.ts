import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, settled, signInAs } from './support/ui';

const suite = useBrowserSuite();

/** Pohjois-Savo's coordinator keeps the register; its demo editor (user id demo-editor) maintains Kuopion Eläkeläiset ry. */
const coordinator = 'Tiina Karvonen';
const editor = 'Marja Hyvönen';
const organisation = 'Kallaveden Kävelykaverit ry';

const editorNav = (page: Page) => page.getByRole('navigation', { name: 'Ylläpito' });
const nameField = (page: Page, group: string) => page.getByRole('group', { name: group }).getByLabel('Suomeksi');
const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Korjaa nämä kohdat' });

/** Fills the new organisation's form; the business id's check digit is wrong, for the API to catch. */
const fillOrganisation = async (page: Page): Promise<void> => {
  await page.getByLabel('Organisaation tyyppi').selectOption({ label: 'Järjestö tai yhdistys' });
  await nameField(page, 'Nimi').fill(organisation);
  await nameField(page, 'Kuvaus').fill('Lähdemme yhdessä kävelylle Kallaveden rantaan joka viikko. Vauhti sovitetaan hitaimman mukaan.');
  await page.getByLabel('Y-tunnus').fill('0201256-5');
  await page.getByLabel('Sähköpostiosoite').fill('kavelykaverit@kallavesi.example');
  await page.getByRole('group', { name: 'Kunnat, joissa organisaatio toimii' }).getByRole('checkbox', { name: 'Kuopio' }).check();
};

/** A weekly listing for the organisation, sent for moderation. */
const addListing = async (page: Page, title: string): Promise<void> => {
  await nameField(page, 'Nimi').fill(title);
  await nameField(page, 'Kuvaus').fill('Kävelemme rantareitin noin tunnissa ja juomme lopuksi kahvit. Sauvat voi lainata.');
  await page.getByRole('group', { name: 'Teemat' }).getByRole('checkbox', { name: 'Liikunta' }).check();
  await page.getByRole('group', { name: 'Kohderyhmät' }).getByRole('checkbox', { name: 'Ikäihmiset' }).check();
  await page.getByRole('button', { name: 'Lisää viikoittainen aika' }).click();
  const slot = page.getByRole('group', { name: 'Viikoittainen aika 1' });
  await slot.getByLabel('Viikonpäivä').selectOption({ label: 'Keskiviikko' });
  await slot.getByLabel('Alkaa').fill('10:00');
  await slot.getByLabel('Päättyy').fill('11:00');
  await page.getByRole('button', { name: 'Lähetä tarkastettavaksi' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `”${title}” on lähetetty tarkastettavaksi.` })
    .waitFor();
};

describe('organisation management', () => {
  it('a coordinator registers an organisation and makes demo-editor its editor, who lists an activity for it and updates its contact', async () => {
    const { page } = await suite.open('/pohjois-savo/');
    await signInAs(page, 'pohjois-savo', coordinator);
    await mainNav(page).getByRole('link', { name: 'Ylläpito' }).click();
    await editorNav(page).getByRole('link', { name: 'Organisaatiot' }).click();
    await expectHeading(page, 'Organisaatiot');
    const register = page.getByRole('table', { name: 'Alueen organisaatiot nimen mukaan' });
    await register.getByRole('link', { name: 'Kuopion Eläkeläiset ry' }).waitFor();
    await settled(page);
    await expectNoAxeViolations(page, 'the organisation register (fi)');
    await screenshot(page, 'organisations-register-fi');

    await page.getByRole('link', { name: 'Uusi organisaatio' }).click();
    await expectHeading(page, 'Uusi organisaatio');
    await page.getByRole('button', { name: 'Luo organisaatio' }).click();
    await errorSummary(page).waitFor();
    expect(await errorSummary(page).getByRole('link').allTextContents()).toEqual([
      'Organisaation tyyppi: Tämä tieto tarvitaan.',
      'Nimi: Kirjoita teksti suomeksi.',
      'Kunnat, joissa organisaatio toimii: Valitse vähintään yksi.',
    ]);
    await page.locator('.error-summary:focus').waitFor();
    await errorSummary(page)
      .getByRole('link', { name: /^Nimi:/ })
      .click();
    await page.locator('#activity-name-fi:focus').waitFor();
    await expectNoAxeViolations(page, 'the organisation form with errors (fi)');
    await screenshot(page, 'organisations-form-errors-fi');

    await fillOrganisation(page);
    await page.getByRole('button', { name: 'Luo organisaatio' }).click();
    await errorSummary(page)
      .getByRole('link', { name: /^Y-tunnus:.*Y-tunnus/ })
      .waitFor();
    expect(await page.getByLabel('Y-tunnus').getAttribute('aria-invalid')).toBe('true');
    // Kuopion Eläkeläiset ry of the demo register already holds this one.
    await page.getByLabel('Y-tunnus').fill('1735906-0');
    await page.getByRole('button', { name: 'Luo organisaatio' }).click();
    await errorSummary(page)
      .getByRole('link', { name: /^Y-tunnus: Toisella alueen organisaatiolla on jo tämä Y-tunnus/ })
      .waitFor();
    expect(await page.getByLabel('Y-tunnus').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Y-tunnus').fill('0201256-6');
    await page.getByRole('button', { name: 'Luo organisaatio' }).click();
    await expectHeading(page, `Muokkaa organisaatiota: ${organisation}`);
    await page
      .getByRole('status')
      .filter({ hasText: `Organisaatio ${organisation} luotiin.` })
      .waitFor();

    const editors = page.getByRole('region', { name: 'Ylläpitäjät' });
    await editors.getByText('Organisaatiolla ei ole vielä ylläpitäjiä.').waitFor();
    await editors.getByLabel('Käyttäjätunnus').fill('demo-editor');
    await editors.getByRole('button', { name: 'Lisää ylläpitäjä' }).click();
    await editors.getByRole('status').filter({ hasText: 'demo-editor lisättiin ylläpitäjäksi.' }).waitFor();
    await editors.getByRole('listitem').filter({ hasText: 'demo-editor' }).waitFor();
    // The editor change moved the version on; the details still save without a conflict.
    await page.getByLabel('Puhelinnumero').fill('044 123 4567');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByRole('status').filter({ hasText: 'Muutokset tallennettiin.' }).waitFor();
    await expectNoAxeViolations(page, 'an organisation with its editors (fi)');
    await screenshot(page, 'organisations-edit-fi');

    await mainNav(page).getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signInAs(page, 'pohjois-savo', editor);
    await mainNav(page).getByRole('link', { name: 'Ylläpito' }).click();
    await expectHeading(page, 'Ylläpito');
    expect(await editorNav(page).getByRole('link').allTextContents()).toEqual(['Toiminnot', 'Organisaatiomme', 'Yhteydenottopyynnöt']);
    await page.getByLabel('Organisaatio').selectOption({ label: organisation });
    const listings = page.getByRole('region', { name: organisation });
    await listings.getByRole('link', { name: 'Lisää uusi toiminto' }).click();
    await expectHeading(page, 'Uusi toiminto');
    await addListing(page, 'Rantakävely Kallaveden ympäri');
    await listings.getByRole('article', { name: 'Rantakävely Kallaveden ympäri' }).waitFor();

    await editorNav(page).getByRole('link', { name: 'Organisaatiomme' }).click();
    await expectHeading(page, 'Organisaatiomme');
    await page.getByLabel('Organisaatio').selectOption({ label: organisation });
    await page.getByText('Tyypin, Y-tunnuksen ja toiminta-alueen muuttaa alueen koordinaattori.').waitFor();
    expect(await page.getByLabel('Y-tunnus').count()).toBe(0);
    expect(await page.getByLabel('Puhelinnumero').inputValue()).toBe('044 123 4567');
    await page.getByLabel('Verkkosivu').fill('https://kavelykaverit.example');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByRole('status').filter({ hasText: 'Muutokset tallennettiin.' }).waitFor();
    await expectNoAxeViolations(page, 'our organisation (fi)');
    await screenshot(page, 'organisations-ours-fi');

    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Vår organisation');
    await page.getByText('Typ, FO-nummer och verksamhetsområde ändras av områdets koordinator.').waitFor();
    await expectNoAxeViolations(page, 'our organisation (sv)');
    await screenshot(page, 'organisations-ours-sv');
  });

  it('never overwrites a change another coordinator saved meanwhile, and removes an editor only after a confirmation', async () => {
    const path = '/pohjois-savo/editor/organisations/ps-siilinjarven-martat';
    const [first, second] = [await suite.open('/pohjois-savo/'), await suite.open('/pohjois-savo/')];
    for (const { page } of [first, second]) {
      await signInAs(page, 'pohjois-savo', coordinator);
      await page.goto(path);
      await expectHeading(page, 'Muokkaa organisaatiota: Siilinjärven Martat ry');
    }
    await first.page.getByLabel('Puhelinnumero').fill('017 555 0199');
    await first.page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await first.page.getByRole('status').filter({ hasText: 'Muutokset tallennettiin.' }).waitFor();

    await second.page.getByLabel('Yhteyshenkilö').fill('Aino Martikainen');
    await second.page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'Joku muu muutti tätä sillä välin' });
    await conflict.waitFor();
    await second.page.locator('.alert:focus').waitFor();
    await expectNoAxeViolations(second.page, 'an organisation changed meanwhile (fi)');
    await screenshot(second.page, 'organisations-conflict-fi');
    await conflict.getByRole('button', { name: 'Lataa uusin versio' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await second.page.getByLabel('Puhelinnumero').inputValue()).toBe('017 555 0199');

    // Removal by keyboard: a confirmation first, cancel returns to the button, confirm removes.
    const editors = second.page.getByRole('region', { name: 'Ylläpitäjät' });
    const remove = editors.getByRole('button', { name: 'Poista ylläpitäjä editor-siilinjarvi-martat' });
    await remove.focus();
    await second.page.keyboard.press('Enter');
    const confirmation = editors.getByRole('alertdialog', { name: /Poistetaanko editor-siilinjarvi-martat ylläpitäjistä/ });
    await second.page.locator('.editor-removal:focus').waitFor();
    await expectNoAxeViolations(second.page, 'the confirmation of an editor removal (fi)');
    await screenshot(second.page, 'organisations-remove-editor-fi');
    await confirmation.getByRole('button', { name: 'Peruuta' }).click();
    await second.page.locator('#organisation-editor-remove-0:focus').waitFor();
    await second.page.keyboard.press('Enter');
    await confirmation.getByRole('button', { name: 'Kyllä, poista' }).click();
    await editors.getByRole('status').filter({ hasText: 'editor-siilinjarvi-martat poistettiin ylläpitäjistä.' }).waitFor();
    await editors.getByText('Organisaatiolla ei ole vielä ylläpitäjiä.').waitFor();
    await second.page.locator('#organisation-editors-heading:focus').waitFor();
  });
});
