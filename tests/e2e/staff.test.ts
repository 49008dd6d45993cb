import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, pageWidth, settled, signInAs } from './support/ui';

const suite = useBrowserSuite();

/**
 * Pohjois-Savo's coordinator invites two colleagues, who then sign in; one of them is deactivated.
 * The tests build on each other in this order: the later ones use the people the first one invites.
 */
const tenant = 'pohjois-savo';
const coordinator = 'Tiina Karvonen';
const noora = { name: 'Noora Uusi', email: 'noora.uusi@pohjois-savo.example.fi', role: /^Ammattilainen/ };
const lauri = { name: 'Lauri Linkki', email: 'lauri.linkki@pohjois-savo.example.fi', role: /^Linkkityöntekijä/ };

const staffTable = (page: Page) => page.getByRole('table', { name: 'Alueen henkilöstö nimen mukaan' });
const staffNav = (page: Page) => page.getByRole('navigation', { name: 'Henkilöstön sivut' });
const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Korjaa nämä kohdat' });
const chooseLanguage = (page: Page, group: string, language: string) => page.getByRole('group', { name: group }).getByRole('button', { name: language }).click();

/** The coordinator, signed in, on the staff list with its first page loaded. */
const openStaff = async (page: Page): Promise<void> => {
  await signInAs(page, tenant, coordinator);
  await mainNav(page).getByRole('link', { name: 'Henkilöstö' }).click();
  await expectHeading(page, 'Henkilöstö');
  await staffTable(page).getByRole('link', { name: 'Anni Räsänen' }).waitFor();
  await settled(page);
};

const fillInvitation = async (page: Page, person: { name: string; email: string; role: RegExp }): Promise<void> => {
  await page.getByRole('textbox', { name: /^Sähköpostiosoite/ }).fill(person.email);
  await page.getByRole('textbox', { name: /^Nimi/ }).fill(person.name);
  await page.getByRole('group', { name: 'Roolit' }).getByRole('checkbox', { name: person.role }).check();
};

/** From the list through the invitation form to the person's page with its notice. */
const invite = async (page: Page, person: { name: string; email: string; role: RegExp }): Promise<void> => {
  await page.getByRole('link', { name: 'Kutsu henkilö' }).click();
  await expectHeading(page, 'Kutsu henkilö');
  await fillInvitation(page, person);
  await page.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expectHeading(page, person.name);
  await page
    .getByRole('status')
    .filter({ hasText: `Kutsu lähetetty osoitteeseen ${person.email}.` })
    .waitFor();
};

describe('the coordinator’s staff pages', () => {
  it('lists the county’s people, searches them by name and invites two colleagues', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await openStaff(page);
    expect(await staffNav(page).getByRole('link', { name: 'Henkilöt' }).getAttribute('aria-current')).toBe('page');
    const anni = staffTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Anni Räsänen' }) });
    expect(await anni.getByRole('cell').allTextContents()).toEqual(['Anni Räsänen', expect.any(String), 'Ammattilainen', 'Aktiivinen']);
    await expectNoAxeViolations(page, 'the staff list (fi)');
    await screenshot(page, 'staff-list-fi');

    await page.getByRole('link', { name: 'Kutsu henkilö' }).click();
    await expectHeading(page, 'Kutsu henkilö');
    await page
      .getByRole('group', { name: 'Roolit' })
      .getByRole('checkbox', { name: /^Organisaation ylläpitäjä/ })
      .check();
    await page.getByRole('group', { name: 'Organisaatiot, joiden toimintoja hän ylläpitää' }).getByRole('checkbox', { name: 'Kuopion Eläkeläiset ry' }).waitFor();
    await expectNoAxeViolations(page, 'the invitation form (fi)');
    await screenshot(page, 'staff-invite-fi');
    await chooseLanguage(page, 'Kieli', 'Svenska');
    await expectHeading(page, 'Bjud in en person');
    await page.getByRole('group', { name: 'Organisationer vars verksamheter hen redigerar' }).waitFor();
    await expectNoAxeViolations(page, 'the invitation form (sv)');
    await screenshot(page, 'staff-invite-sv');
    await chooseLanguage(page, 'Språk', 'English');
    await expectHeading(page, 'Invite a person');
    await page.getByRole('textbox', { name: /^Email address/ }).waitFor();
    await expectNoAxeViolations(page, 'the invitation form (en)');
    await screenshot(page, 'staff-invite-en');
    await chooseLanguage(page, 'Language', 'Suomi');
    await expectHeading(page, 'Kutsu henkilö');
    await page.getByRole('link', { name: 'Takaisin henkilöstöön' }).click();
    await expectHeading(page, 'Henkilöstö');

    await invite(page, noora);
    await page.getByRole('definition').filter({ hasText: 'Kutsuttu' }).waitFor();
    await page.getByRole('button', { name: 'Lähetä kutsu uudelleen' }).waitFor();
    await expectNoAxeViolations(page, 'a person just invited (fi)');
    await screenshot(page, 'staff-person-fi');
    await staffNav(page).getByRole('link', { name: 'Henkilöt' }).click();
    await expectHeading(page, 'Henkilöstö');
    await invite(page, lauri);

    // The search keeps its words in the address, so Back undoes it.
    await staffNav(page).getByRole('link', { name: 'Henkilöt' }).click();
    await staffTable(page).getByRole('link', { name: lauri.name }).waitFor();
    await page.getByRole('searchbox', { name: /^Hae nimellä/ }).fill('noo');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.waitForURL(`**/${tenant}/staff?q=noo`);
    const found = page.getByRole('table', { name: 'Henkilöt, joiden nimi alkaa ”noo”' });
    await found.getByRole('link', { name: noora.name }).waitFor();
    expect(await found.getByRole('link').allTextContents()).toEqual([noora.name]);
    await page.goBack();
    await staffTable(page).getByRole('link', { name: lauri.name }).waitFor();
    expect(await page.getByRole('searchbox', { name: /^Hae nimellä/ }).inputValue()).toBe('');

    await page.setViewportSize({ width: 360, height: 800 });
    await settled(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the staff list at 360 px (fi)');
    await screenshot(page, 'staff-list-360');
    await staffTable(page).getByRole('link', { name: noora.name }).click();
    await expectHeading(page, noora.name);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'staff-person-360');
  });

  it('leaves the invitation in the mailbox', async () => {
    const { page } = await suite.open('/dev/mailbox');
    const invitation = page.locator('article').filter({ hasText: `to ${noora.email}` });
    await invitation.waitFor();
    const text = (await invitation.textContent()) ?? '';
    expect(text).toContain('Kutsu Linkkiin – Pohjois-Savon hyvinvointialue');
    expect(text).toContain(`Hei ${noora.name},`);
    expect(text).toContain(`${coordinator} kutsui sinut Linkkiin`);
  });

  it('lets the invited sign in to their work, and signs a deactivated one out within a minute', { timeout: 120_000 }, async () => {
    const nooraPage = (await suite.open(`/${tenant}/`)).page;
    await signInAs(nooraPage, tenant, noora.name);
    await nooraPage.waitForURL(`**/${tenant}/referrals`);
    const lauriPage = (await suite.open(`/${tenant}/`)).page;
    await signInAs(lauriPage, tenant, lauri.name);
    await lauriPage.waitForURL(`**/${tenant}/link-work`);

    const { page } = await suite.open(`/${tenant}/`);
    await openStaff(page);
    await staffTable(page).getByRole('row').filter({ hasText: noora.name }).getByRole('cell', { name: 'Aktiivinen' }).waitFor();
    await staffTable(page).getByRole('link', { name: lauri.name }).click();
    await expectHeading(page, lauri.name);
    const access = page.getByRole('region', { name: 'Pääsy Linkkiin' });
    await access.getByRole('button', { name: 'Poista käytöstä' }).click();
    const confirmation = access.getByRole('alertdialog', { name: /Poistetaanko Lauri Linkki käytöstä/ });
    await page.locator('.staff-confirmation:focus').waitFor();
    await expectNoAxeViolations(page, 'the confirmation of a deactivation (fi)');
    await screenshot(page, 'staff-deactivate-fi');
    await confirmation.getByRole('button', { name: 'Peruuta' }).click();
    await page.locator('#staff-deactivate:focus').waitFor();
    await page.keyboard.press('Enter');
    await confirmation.getByRole('button', { name: 'Kyllä, poista käytöstä' }).click();
    await access.getByRole('status').filter({ hasText: 'Lauri Linkki poistettiin käytöstä.' }).waitFor();
    await page.locator('#staff-access-heading:focus').waitFor();
    await access.getByRole('button', { name: 'Palauta käyttöön' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Poistettu käytöstä' }).waitFor();

    // The API remembers memberships for 30 seconds; Lauri's next call after that is refused.
    const expired = lauriPage.getByRole('alert').filter({ hasText: 'Kirjautumisesi ei ole enää voimassa' });
    const deadline = Date.now() + 45_000;
    let signedOut = false;
    while (!signedOut && Date.now() < deadline) {
      await lauriPage.reload();
      signedOut = await expired.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      );
    }
    expect(signedOut).toBe(true);
    await mainNav(lauriPage).getByRole('link', { name: 'Kirjaudu sisään' }).waitFor();
    await screenshot(lauriPage, 'staff-deactivated-signed-out-fi');

    await staffNav(page).getByRole('link', { name: 'Muutoshistoria' }).click();
    await expectHeading(page, 'Muutoshistoria');
    const trail = page.getByRole('table', { name: 'Henkilöstön muutokset uusimmasta alkaen' });
    const latest = trail.getByRole('row').nth(1);
    await latest.getByRole('cell', { name: 'Poistettu käytöstä' }).waitFor();
    expect(await latest.getByRole('cell').allTextContents()).toEqual([expect.any(String), coordinator, lauri.name, 'Poistettu käytöstä', 'Linkkityöntekijä']);
    await trail.getByRole('row').filter({ hasText: noora.name }).getByRole('cell', { name: 'Kutsuttu' }).waitFor();
    await settled(page);
    await expectNoAxeViolations(page, 'the staff change history (fi)');
    await screenshot(page, 'staff-audit-fi');

    await latest.getByRole('link', { name: lauri.name }).click();
    await expectHeading(page, lauri.name);
    await access.getByText('Henkilö ei pääse Linkkiin.', { exact: false }).waitFor();
    await access.getByRole('button', { name: 'Palauta käyttöön' }).click();
    await access.getByRole('status').filter({ hasText: 'Lauri Linkki palautettiin käyttöön.' }).waitFor();
    await page.locator('#staff-access-heading:focus').waitFor();
    await access.getByRole('button', { name: 'Poista käytöstä' }).waitFor();
  });

  it('shows a malformed address and an address already in the staff at the email field', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await openStaff(page);
    await page.getByRole('link', { name: 'Kutsu henkilö' }).click();
    await expectHeading(page, 'Kutsu henkilö');
    const email = page.getByRole('textbox', { name: /^Sähköpostiosoite/ });

    await fillInvitation(page, { ...noora, email: 'noora.uusi@' });
    await page.getByRole('button', { name: 'Lähetä kutsu' }).click();
    await errorSummary(page).waitFor();
    expect(await errorSummary(page).getByRole('link').allTextContents()).toEqual(['Sähköpostiosoite: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.']);
    await page.locator('.error-summary:focus').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#staff-invite-email-error').textContent()).toContain('Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.');
    await errorSummary(page).getByRole('link').click();
    await page.locator('#staff-invite-email:focus').waitFor();
    await expectNoAxeViolations(page, 'the invitation form with a malformed address (fi)');
    await screenshot(page, 'staff-invite-errors-fi');

    await email.fill(noora.email);
    await page.getByRole('button', { name: 'Lähetä kutsu' }).click();
    const taken = `${noora.email} kuuluu jo alueen henkilöstöön.`;
    await errorSummary(page)
      .getByRole('link', { name: `Sähköpostiosoite: ${taken}` })
      .waitFor();
    expect(await page.locator('#staff-invite-email-error').textContent()).toContain(taken);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the invitation form with an address already in the staff (fi)');
    await screenshot(page, 'staff-invite-taken-fi');
  });

  it('saves a person’s roles and refuses to take the coordinator role from the coordinator herself', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await openStaff(page);
    await staffTable(page).getByRole('link', { name: noora.name }).click();
    await expectHeading(page, noora.name);
    const roles = page.getByRole('region', { name: 'Roolit' });
    await roles.getByRole('checkbox', { name: /^Kehittäjäverkoston jäsen/ }).check();
    await roles.getByRole('button', { name: 'Tallenna roolit' }).click();
    await roles.getByRole('status').filter({ hasText: 'Roolit tallennettiin.' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Ammattilainen, Kehittäjäverkoston jäsen' }).waitFor();
    // Saved at the new version: a second change goes through without a reload.
    await roles.getByRole('checkbox', { name: /^Kehittäjäverkoston jäsen/ }).uncheck();
    await roles.getByRole('button', { name: 'Tallenna roolit' }).click();
    await page
      .getByRole('definition')
      .filter({ hasText: /^Ammattilainen$/ })
      .waitFor();

    await staffNav(page).getByRole('link', { name: 'Henkilöt' }).click();
    await staffTable(page).getByRole('link', { name: coordinator }).click();
    await expectHeading(page, coordinator);
    await roles.getByRole('checkbox', { name: /^Alueen koordinaattori/ }).uncheck();
    await roles.getByRole('checkbox', { name: /^Ammattilainen/ }).check();
    await roles.getByRole('button', { name: 'Tallenna roolit' }).click();
    const refusal = roles.getByRole('alert').filter({ hasText: 'Et voi poistaa itseäsi käytöstä etkä ottaa itseltäsi koordinaattorin roolia.' });
    await refusal.waitFor();
    await page.locator('.alert:focus').waitFor();
    expect(await roles.getByRole('checkbox', { name: /^Alueen koordinaattori/ }).isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'a refused change of one’s own roles (fi)');
    await screenshot(page, 'staff-own-roles-refused-fi');
  });
});
