import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, pageWidth, settled, signInAs } from './support/ui';

const suite = useBrowserSuite();

/**
 * An association registers itself in Pohjois-Savo and its contact person confirms the address;
 * the coordinator approves it, and the contact person signs in and lists its first activity. A
 * second registration, named like an organisation the county already has, is rejected with a
 * reason. The tests build on each other in this order.
 */
const tenant = 'pohjois-savo';
const coordinator = 'Tiina Karvonen';
const association = { name: 'Kallaveden Lukupiiri ry', businessId: '1618033-3', municipality: 'Kuopio', contact: 'Eeva Kärkkäinen', email: 'eeva.karkkainen@lukupiiri.example' };
const lookalike = { name: 'Kuopion Eläkeläiset r.y.', businessId: '1414213-0', municipality: 'Kuopio', contact: 'Paavo Toivanen', email: 'paavo.toivanen@elakelaiset.example' };
const rejectionReason = 'Kuopion Eläkeläiset ry on jo Linkissä. Pyydä yhdistyksen nykyistä ylläpitäjää lisäämään sinut.';

const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Korjaa nämä kohdat' });
const chooseLanguage = (page: Page, group: string, language: string) => page.getByRole('group', { name: group }).getByRole('button', { name: language }).click();
const queueTable = (page: Page) => page.getByRole('table', { name: 'Käsittelyä odottavat ilmoitukset' });

const fillRegistration = async (page: Page, applicant: typeof association, businessId = applicant.businessId): Promise<void> => {
  await page.getByLabel('Yhdistyksen nimi suomeksi').fill(applicant.name);
  await page.getByLabel('Y-tunnus').fill(businessId);
  await page.getByLabel('Kunta, jossa yhdistys toimii').selectOption({ label: applicant.municipality });
  await page.getByRole('textbox', { name: /^Yhteyshenkilön nimi/ }).fill(applicant.contact);
  await page.getByRole('textbox', { name: /^Yhteyshenkilön sähköpostiosoite/ }).fill(applicant.email);
  await page.getByRole('checkbox', { name: /^Annan suostumukseni/ }).check();
};

/** The messages to `email` in the development mailbox, newest first. */
const mailTo = async (email: string): Promise<string[]> => {
  const { page } = await suite.open('/dev/mailbox');
  return page
    .locator('article')
    .filter({ hasText: `to ${email}` })
    .allTextContents();
};

/** The path of the verification link in the one verification message to `email`. */
const verificationPathFor = async (email: string): Promise<string> => {
  const messages = (await mailTo(email)).filter((text) => text.includes('Vahvista yhdistyksen ilmoitus Linkkiin'));
  expect(messages).toHaveLength(1);
  const link = /https?:\/\/\S+\/associations\/verify\?registration=\S+&token=\S+/.exec(messages[0] ?? '')?.[0];
  if (!link) throw new Error(`No verification link in: ${messages[0]}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

/** Opens the verification link and confirms the address with the button; opening it alone confirms nothing. */
const verify = async (email: string): Promise<Page> => {
  const opened = await suite.open(await verificationPathFor(email));
  const { page } = opened;
  await expectHeading(page, 'Vahvista sähköpostiosoite');
  await settled(page);
  expect(opened.apiCalls.filter((call) => call.includes('associations.verify'))).toEqual([]);
  await page.getByRole('button', { name: 'Vahvista sähköpostiosoite' }).click();
  await page.getByRole('status').filter({ hasText: 'Sähköpostiosoite on vahvistettu' }).waitFor();
  await page.getByText('Ilmoitus on nyt hyvinvointialueen käsittelyssä.', { exact: false }).waitFor();
  return page;
};

/** The coordinator, signed in, on the registrations waiting for review. */
const openQueue = async (page: Page): Promise<void> => {
  await signInAs(page, tenant, coordinator);
  await mainNav(page).getByRole('link', { name: 'Yhdistykset' }).click();
  await expectHeading(page, 'Yhdistysten ilmoitukset');
  await settled(page);
};

describe('associations register themselves', () => {
  it('a resident registers an association from the county’s home page and confirms the address from the email', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await page.getByRole('region', { name: 'Onko yhdistyksesi toiminta Linkissä?' }).getByRole('link', { name: 'Ilmoita yhdistyksesi' }).click();
    await expectHeading(page, 'Ilmoita yhdistyksesi Linkkiin');
    expect(await page.getByLabel('Kunta, jossa yhdistys toimii').locator('option').allTextContents()).toContain('Kuopio');
    await expectNoAxeViolations(page, 'the registration form (fi)');
    await screenshot(page, 'associations-register-fi');
    await chooseLanguage(page, 'Kieli', 'Svenska');
    await expectHeading(page, 'Anmäl din förening till Linkki');
    await page.getByLabel('FO-nummer').waitFor();
    await expectNoAxeViolations(page, 'the registration form (sv)');
    await chooseLanguage(page, 'Språk', 'English');
    await expectHeading(page, 'Register your association in Linkki');
    await page.getByRole('checkbox', { name: /^I consent/ }).waitFor();
    await expectNoAxeViolations(page, 'the registration form (en)');
    await chooseLanguage(page, 'Language', 'Suomi');
    await expectHeading(page, 'Ilmoita yhdistyksesi Linkkiin');

    await page.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await errorSummary(page).waitFor();
    expect(await errorSummary(page).getByRole('link').allTextContents()).toEqual([
      'Yhdistyksen nimi suomeksi: Kirjoita yhdistyksen nimi suomeksi.',
      'Y-tunnus: Kirjoita yhdistyksen Y-tunnus.',
      'Kunta, jossa yhdistys toimii: Valitse kunta.',
      'Yhteyshenkilön nimi: Kirjoita yhteyshenkilön nimi (2–200 merkkiä).',
      'Yhteyshenkilön sähköpostiosoite: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      'Anna suostumuksesi, jotta ilmoitus voidaan käsitellä.',
    ]);
    await page.locator('.error-summary:focus').waitFor();
    await errorSummary(page)
      .getByRole('link', { name: /^Y-tunnus:/ })
      .click();
    await page.locator('#association-businessId:focus').waitFor();
    await expectNoAxeViolations(page, 'the registration form with errors (fi)');

    // The check digit is the API's to check; it answers at the field.
    await fillRegistration(page, association, '1618033-4');
    await page.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await errorSummary(page)
      .getByRole('link', { name: /^Y-tunnus: Tarkista Y-tunnus/ })
      .waitFor();
    expect(await page.getByLabel('Y-tunnus').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Y-tunnus').fill(association.businessId);
    await page.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    const received = page.getByRole('status').filter({ hasText: 'Tarkista sähköpostisi' });
    await received.waitFor();
    expect(await received.textContent()).toContain(`Lähetimme vahvistuslinkin osoitteeseen ${association.email}.`);
    expect(await received.textContent()).toContain('48 tunnin kuluessa');
    await page.locator('.association-outcome h2:focus').waitFor();
    await expectNoAxeViolations(page, 'a registration received (fi)');
    await screenshot(page, 'associations-received-fi');

    const verified = await verify(association.email);
    await expectNoAxeViolations(verified, 'the confirmed address (fi)');
    await screenshot(verified, 'associations-verified-fi');
    // A second press (another tab, a reload) is told where the registration stands.
    await verified.reload();
    await verified.getByRole('button', { name: 'Vahvista sähköpostiosoite' }).click();
    await verified.getByRole('status').filter({ hasText: 'Osoite on jo vahvistettu' }).waitFor();
    await chooseLanguage(verified, 'Kieli', 'Svenska');
    await expectHeading(verified, 'Bekräfta e-postadressen');
    await expectNoAxeViolations(verified, 'the confirmed address (sv)');
    await chooseLanguage(verified, 'Språk', 'English');
    await expectHeading(verified, 'Confirm your email address');
    await expectNoAxeViolations(verified, 'the confirmed address (en)');
  });

  it('says a broken or unknown verification link is not valid and leads back to the form', async () => {
    const { page } = await suite.open(`/${tenant}/associations/verify?registration=r-00000000000000000000&token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    await expectHeading(page, 'Vahvista sähköpostiosoite');
    await expectNoAxeViolations(page, 'the verification page (fi)');
    await screenshot(page, 'associations-verify-fi');
    await page.getByRole('button', { name: 'Vahvista sähköpostiosoite' }).click();
    const invalid = page.getByRole('alert').filter({ hasText: 'Vahvistuslinkki ei ole voimassa' });
    await invalid.waitFor();
    await expectNoAxeViolations(page, 'an invalid verification link (fi)');
    await invalid.getByRole('link', { name: 'Tee ilmoitus uudelleen' }).click();
    await expectHeading(page, 'Ilmoita yhdistyksesi Linkkiin');

    await page.goto(`/${tenant}/associations/verify?registration=r-00000000000000000000`);
    await page.getByRole('alert').filter({ hasText: 'Vahvistuslinkki ei ole voimassa' }).waitFor();
    expect(await page.getByRole('button', { name: 'Vahvista sähköpostiosoite' }).count()).toBe(0);
  });

  it('the coordinator approves it as a new organisation, and its contact person signs in and lists an activity', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await openQueue(page);
    const row = queueTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: association.name }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([association.name, association.businessId, association.municipality, expect.stringMatching(/\d/)]);
    await expectNoAxeViolations(page, 'the registrations waiting (fi)');
    await screenshot(page, 'associations-queue-fi');
    await page.setViewportSize({ width: 360, height: 800 });
    await settled(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'associations-queue-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await chooseLanguage(page, 'Kieli', 'Svenska');
    await expectHeading(page, 'Föreningarnas anmälningar');
    await expectNoAxeViolations(page, 'the registrations waiting (sv)');
    await chooseLanguage(page, 'Språk', 'English');
    await expectHeading(page, 'Association registrations');
    await expectNoAxeViolations(page, 'the registrations waiting (en)');
    await chooseLanguage(page, 'Language', 'Suomi');
    await expectHeading(page, 'Yhdistysten ilmoitukset');

    await row.getByRole('link', { name: association.name }).click();
    await expectHeading(page, association.name);
    await page.getByRole('definition').filter({ hasText: 'Odottaa käsittelyä' }).waitFor();
    await page.getByRole('definition').filter({ hasText: association.email }).waitFor();
    const decision = page.getByRole('region', { name: 'Päätös' });
    await decision.getByText('Alueella ei ole organisaatiota, jolla olisi sama Y-tunnus tai samankaltainen nimi.').waitFor();
    await expectNoAxeViolations(page, 'a registration waiting (fi)');
    await screenshot(page, 'associations-registration-fi');
    await chooseLanguage(page, 'Kieli', 'Svenska');
    await page.getByRole('region', { name: 'Beslut' }).waitFor();
    await expectNoAxeViolations(page, 'a registration waiting (sv)');
    await chooseLanguage(page, 'Språk', 'English');
    await page.getByRole('region', { name: 'Decision' }).waitFor();
    await expectNoAxeViolations(page, 'a registration waiting (en)');
    await chooseLanguage(page, 'Language', 'Suomi');
    await expectHeading(page, association.name);

    await decision.getByRole('button', { name: 'Hyväksy uutena organisaationa' }).click();
    const confirmation = decision.getByRole('alertdialog', { name: new RegExp(`Hyväksytäänkö ${association.name} uutena organisaationa`) });
    await page.locator('.association-confirmation:focus').waitFor();
    await confirmation.getByRole('button', { name: 'Kyllä, hyväksy' }).click();
    await decision
      .getByRole('status')
      .filter({ hasText: `${association.name} hyväksyttiin.` })
      .waitFor();
    await page.locator('.association-outcome:focus').waitFor();
    await page
      .getByRole('definition')
      .filter({ hasText: /^Hyväksytty$/ })
      .waitFor();
    await decision.getByText('Ilmoitus on hyväksytty.').waitFor();
    expect(await decision.getByRole('button', { name: 'Hyväksy uutena organisaationa' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Takaisin ilmoituksiin' }).click();
    await expectHeading(page, 'Yhdistysten ilmoitukset');
    await page.getByRole('table', { name: 'Hyväksytyt ilmoitukset' }).getByRole('link', { name: association.name }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Ilmoitusten tila' }).getByRole('link', { name: 'Hyväksytyt' }).getAttribute('aria-current')).toBe('page');

    const approval = (await mailTo(association.email)).find((text) => text.includes(`${association.name} on hyväksytty Linkkiin`));
    expect(approval).toContain(`Hei ${association.contact},`);
    expect(approval).toContain('Pohjois-Savon hyvinvointialue on hyväksynyt yhdistyksen');

    const contact = (await suite.open(`/${tenant}/`)).page;
    await signInAs(contact, tenant, association.contact);
    await contact.waitForURL(`**/${tenant}/editor`);
    await expectHeading(contact, 'Ylläpito');
    const listings = contact.getByRole('region', { name: association.name });
    await listings.getByRole('link', { name: 'Lisää uusi toiminto' }).click();
    await expectHeading(contact, 'Uusi toiminto');
    const title = 'Lukupiiri Kallaveden kirjastossa';
    const nameField = (group: string) => contact.getByRole('group', { name: group }).getByLabel('Suomeksi');
    await nameField('Nimi').fill(title);
    await nameField('Kuvaus').fill('Luemme kuukauden kirjan ja keskustelemme siitä kahvin äärellä. Uudet lukijat ovat tervetulleita.');
    await contact.getByRole('group', { name: 'Teemat' }).getByRole('checkbox', { name: 'Kulttuuri' }).check();
    await contact.getByRole('group', { name: 'Kohderyhmät' }).getByRole('checkbox', { name: 'Kaikille avoin' }).check();
    await contact.getByRole('button', { name: 'Lisää viikoittainen aika' }).click();
    const slot = contact.getByRole('group', { name: 'Viikoittainen aika 1' });
    await slot.getByLabel('Viikonpäivä').selectOption({ label: 'Torstai' });
    await slot.getByLabel('Alkaa').fill('17:00');
    await slot.getByLabel('Päättyy').fill('18:30');
    await contact.getByRole('button', { name: 'Lähetä tarkastettavaksi' }).click();
    await contact
      .getByRole('status')
      .filter({ hasText: `”${title}” on lähetetty tarkastettavaksi.` })
      .waitFor();
    await listings.getByRole('article', { name: title }).waitFor();
  });

  it('the coordinator sees a registration named like an existing organisation and rejects it with a reason the applicant is sent', async () => {
    const resident = (await suite.open(`/${tenant}/sign-in`)).page;
    await resident.getByRole('link', { name: 'Ilmoita yhdistyksesi' }).click();
    await expectHeading(resident, 'Ilmoita yhdistyksesi Linkkiin');
    await resident.setViewportSize({ width: 360, height: 800 });
    expect(await pageWidth(resident)).toBeLessThanOrEqual(360);
    await screenshot(resident, 'associations-register-360');
    await fillRegistration(resident, lookalike);
    await resident.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await resident.getByRole('status').filter({ hasText: 'Tarkista sähköpostisi' }).waitFor();
    expect(await pageWidth(resident)).toBeLessThanOrEqual(360);
    await verify(lookalike.email);

    const { page } = await suite.open(`/${tenant}/`);
    await openQueue(page);
    await queueTable(page).getByRole('link', { name: lookalike.name }).click();
    await expectHeading(page, lookalike.name);
    const decision = page.getByRole('region', { name: 'Päätös' });
    const match = decision.getByRole('listitem').filter({ hasText: 'Kuopion Eläkeläiset ry' });
    await match.getByText('samankaltainen nimi', { exact: true }).waitFor();
    await match.getByRole('button', { name: 'Hyväksy tämän organisaation ylläpitäjäksi: Kuopion Eläkeläiset ry' }).waitFor();

    await decision.getByRole('button', { name: 'Hylkää' }).click();
    const confirmation = decision.getByRole('alertdialog', { name: new RegExp(`Hylätäänkö yhdistyksen ${lookalike.name} ilmoitus`) });
    await confirmation.getByRole('button', { name: 'Kyllä, hylkää' }).click();
    await confirmation.getByText('Kirjoita perustelu (5–1000 merkkiä).').waitFor();
    await page.locator('#association-reject-reason:focus').waitFor();
    await expectNoAxeViolations(page, 'a rejection without a reason (fi)');
    await screenshot(page, 'associations-reject-fi');
    await confirmation.getByLabel('Perustelu hakijalle').fill(rejectionReason);
    await confirmation.getByRole('button', { name: 'Kyllä, hylkää' }).click();
    await decision
      .getByRole('status')
      .filter({ hasText: `Ilmoitus hylättiin. Perustelu lähetettiin osoitteeseen ${lookalike.email}.` })
      .waitFor();
    await page.getByRole('definition').filter({ hasText: rejectionReason }).waitFor();

    const rejection = (await mailTo(lookalike.email)).find((text) => text.includes(`Yhdistyksen ${lookalike.name} ilmoitusta Linkkiin ei hyväksytty`));
    expect(rejection).toContain(rejectionReason);
    expect(rejection).toContain(`/${tenant}/associations/register`);

    await page.getByRole('link', { name: 'Takaisin ilmoituksiin' }).click();
    await page.getByRole('table', { name: 'Hylätyt ilmoitukset' }).getByRole('link', { name: lookalike.name }).waitFor();
  });
});
