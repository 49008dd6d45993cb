import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, signInAs } from './support/ui';

const suite = useBrowserSuite();
const tenant = 'pohjois-savo';
const coordinator = 'Tiina Karvonen';
const nurse = 'Anni Räsänen';
const settingsPath = `/${tenant}/coordination/settings`;

/** Waits until nothing on the page says it is loading. */
const loaded = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

describe('the coordinator pages of referrals', () => {
  it('reads the report, assigns a requested referral and opens its audit trail', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await signInAs(page, tenant, coordinator);
    await mainNav(page).getByRole('link', { name: 'Lähetteiden koordinointi' }).click();
    await expectHeading(page, 'Lähetteiden koordinointi');
    await page.getByRole('heading', { name: 'Lähettiä odottavat lähetteet' }).waitFor();
    await page.getByRole('table', { name: 'Lähetit' }).waitFor();
    await loaded(page);
    await expectNoAxeViolations(page, 'the coordination home (fi)');
    await screenshot(page, 'coordination-home');

    await page.getByRole('link', { name: 'Lähetteiden raportti' }).click();
    await expectHeading(page, 'Lähetteiden raportti');
    const byState = page.getByRole('table', { name: 'Lähetteet tilan mukaan' });
    await byState.waitFor();
    await byState
      .getByRole('row', { name: /^Valmis\b/ })
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Lähettien kysely' }).waitFor();
    await loaded(page);
    await expectNoAxeViolations(page, 'the referral report (fi)');
    await screenshot(page, 'coordination-reports');

    await page.goBack();
    const waiting = page.getByRole('region', { name: 'Lähettiä odottavat lähetteet' }).getByRole('listitem').first();
    await waiting.getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/referrals\/[^/]+$/);
    const actions = page.getByRole('region', { name: 'Koordinaattorin toiminnot' });
    await actions.getByLabel('Osoita lähetille').selectOption({ index: 1 });
    await actions.getByRole('button', { name: 'Osoita' }).click();
    await page.getByText('Lähete osoitettiin lähetille.').waitFor();

    await actions.getByRole('link', { name: 'Näytä lähetteen lokitiedot' }).click();
    await expectHeading(page, 'Lähetteen lokitiedot');
    await page.getByRole('cell', { name: 'Osoitus' }).first().waitFor();
    await expectNoAxeViolations(page, 'the audit trail (fi)');
    await screenshot(page, 'coordination-audit');
  });
});

/** The two parts of the settings page, each a region with its own form. */
const referralSettings = (page: Page) => page.getByRole('region', { name: 'Lähetetyypit ja yksiköt' });
const contactSettings = (page: Page) => page.getByRole('region', { name: 'Yhteydenottopyyntöjen säilytysaika' });
const referralRetention = (page: Page) => referralSettings(page).getByLabel('Säilytysaika päivinä');
const saveReferralSettings = (page: Page) => referralSettings(page).getByRole('button', { name: 'Tallenna lähetteiden asetukset' }).click();
const referralsSaved = 'Lähetetyypit, yksiköt ja säilytysaika tallennettiin.';

/** A coordinator's own browser on the settings page, the stored values loaded. */
const openSettings = async () => {
  const opened = await suite.open(`/${tenant}/`);
  await signInAs(opened.page, tenant, coordinator);
  await opened.page.goto(settingsPath);
  await expectHeading(opened.page, 'Asetukset');
  await referralRetention(opened.page).waitFor();
  await contactSettings(opened.page).getByLabel('Säilytysaika päivinä').waitFor();
  return opened;
};

describe('the coordinator settings', () => {
  it('saves a new sending unit and the retention periods, and the nurse can choose the unit at once', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await signInAs(page, tenant, coordinator);
    await mainNav(page).getByRole('link', { name: 'Lähetteiden koordinointi' }).click();
    await page.getByRole('navigation', { name: 'Koordinoinnin sivut' }).getByRole('link', { name: 'Asetukset' }).click();
    await expectHeading(page, 'Asetukset');
    await loaded(page);
    await expectNoAxeViolations(page, 'the coordination settings (fi)');

    await page.getByRole('group', { name: 'Hyvinvointilähete', exact: true }).getByRole('button', { name: 'Lisää yksikkö' }).click();
    // The focus is in the new unit's Finnish name, and the id follows the name.
    await page.keyboard.type('Kotihoito');
    const homeCare = page.getByRole('group', { name: 'Kotihoito', exact: true });
    expect(await homeCare.getByLabel('Tunniste').inputValue()).toBe('kotihoito');
    await homeCare.getByLabel('Nimi ruotsiksi').fill('Hemvård');
    await homeCare.getByLabel('Nimi englanniksi').fill('Home care');
    await referralRetention(page).fill('400');
    await expectNoAxeViolations(page, 'the coordination settings with a new unit (fi)');
    await screenshot(page, 'coordination-settings-fi');
    await saveReferralSettings(page);
    await page.getByText(referralsSaved).waitFor();
    // The form is filled from what was saved, and the focus stays on its save button.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Tallenna lähetteiden asetukset');
    await contactSettings(page).getByLabel('Säilytysaika päivinä').fill('120');
    await contactSettings(page).getByRole('button', { name: 'Tallenna säilytysaika' }).click();
    await page.getByText('Yhteydenottopyyntöjen säilytysaika tallennettiin.').waitFor();

    await page.reload();
    await expectHeading(page, 'Asetukset');
    await homeCare.waitFor();
    // Saved, the unit's id is fixed: referrals will point at it.
    expect(await homeCare.getByLabel('Tunniste').count()).toBe(0);
    expect(await homeCare.getByLabel('Nimi ruotsiksi').inputValue()).toBe('Hemvård');
    expect(await referralRetention(page).inputValue()).toBe('400');
    expect(await contactSettings(page).getByLabel('Säilytysaika päivinä').inputValue()).toBe('120');

    const { page: nursePage } = await suite.open(`/${tenant}/`);
    await signInAs(nursePage, tenant, nurse);
    await nursePage.goto(`/${tenant}/referrals/new`);
    await expectHeading(nursePage, 'Uusi hyvinvointilähete');
    await nursePage.getByRole('radio', { name: 'Ei ole' }).check();
    const unitSelect = nursePage.getByLabel('Lähettävä yksikkö');
    await unitSelect.selectOption({ label: 'Kotihoito' });
    expect(await unitSelect.inputValue()).toBe('kotihoito');
  });

  it('refuses a save over settings another coordinator saved meanwhile, keeping what was typed until reloaded', async () => {
    const { page: first } = await openSettings();
    const { page: second } = await openSettings();
    await referralRetention(first).fill('500');
    await saveReferralSettings(first);
    await first.getByText(referralsSaved).waitFor();

    await referralRetention(second).fill('600');
    await saveReferralSettings(second);
    const conflict = second.getByRole('alert').filter({ hasText: 'Joku muu tallensi asetukset sillä välin' });
    await conflict.waitFor();
    expect(await referralRetention(second).inputValue()).toBe('600');
    await expectNoAxeViolations(second, 'the settings conflict (fi)');
    await screenshot(second, 'coordination-settings-conflict-fi');

    await conflict.getByRole('button', { name: 'Lataa tallennetut asetukset' }).click();
    await expect.poll(() => referralRetention(second).inputValue()).toBe('500');
    await referralRetention(second).fill('600');
    await saveReferralSettings(second);
    await second.getByText(referralsSaved).waitFor();
  });

  it('shows a unit id already taken and an out-of-range retention at their fields and saves nothing', async () => {
    const opened = await openSettings();
    const { page } = opened;
    const before = await referralRetention(page).inputValue();
    await page.getByRole('group', { name: 'Hyvinvointilähete', exact: true }).getByRole('button', { name: 'Lisää yksikkö' }).click();
    await page.keyboard.type('Seniorineuvola, Siilinjärvi');
    const newUnit = page.getByRole('group', { name: 'Seniorineuvola, Siilinjärvi', exact: true });
    await newUnit.getByLabel('Tunniste').fill('senior-clinic');
    await referralRetention(page).fill('5');
    await saveReferralSettings(page);
    const summary = page.locator('.error-summary');
    const taken = 'Tällä lähetetyypillä on jo yksikkö, jolla on sama tunniste. Valitse toinen.';
    await summary.getByRole('link', { name: `Seniorineuvola, Siilinjärvi – Tunniste: ${taken}` }).waitFor();
    await summary.getByRole('link', { name: 'Säilytysaika päivinä: Anna kokonaisluku väliltä 30–3650.' }).waitFor();
    await newUnit.getByText(taken).waitFor();
    expect(await page.evaluate('document.activeElement?.classList.contains("error-summary")')).toBe(true);
    const describedBy = (await referralRetention(page).getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).innerText()).toContain('Anna kokonaisluku väliltä 30–3650.');
    expect(await referralRetention(page).getAttribute('aria-invalid')).toBe('true');

    await contactSettings(page).getByLabel('Säilytysaika päivinä').fill('5');
    await contactSettings(page).getByRole('button', { name: 'Tallenna säilytysaika' }).click();
    await contactSettings(page).getByText('Anna kokonaisluku väliltä 7–730.').first().waitFor();
    await expectNoAxeViolations(page, 'the settings with errors (fi)');
    await screenshot(page, 'coordination-settings-errors-fi');
    expect(opened.apiCalls.filter((call) => /saveConfig|updateSettings/.test(call))).toEqual([]);

    await page.reload();
    await expectHeading(page, 'Asetukset');
    await expect.poll(() => referralRetention(page).inputValue()).toBe(before);
  });

  it('reads in Swedish, and a new type can be removed before saving', async () => {
    const { page } = await openSettings();
    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Inställningar');
    await page.getByRole('region', { name: 'Remisstyper och enheter' }).getByRole('button', { name: 'Lägg till remisstyp' }).click();
    await page.getByRole('group', { name: 'Ny remisstyp' }).waitFor();
    await expectNoAxeViolations(page, 'the coordination settings (sv)');
    await screenshot(page, 'coordination-settings-sv');
    // A type not yet saved can be removed; the focus goes to the button that adds one.
    await page.getByRole('button', { name: /^Ta bort remisstypen\W+Ny remisstyp$/ }).click();
    expect(await page.getByRole('group', { name: 'Ny remisstyp' }).count()).toBe(0);
    expect(await page.evaluate('document.activeElement?.id')).toBe('settings-add-type');
  });
});
