import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, pageWidth, settled, signInAs } from './support/ui';

const suite = useBrowserSuite();

/** Lappi's demo editor maintains Sodankylän seurakunta; its coordinator moderates. */
const editor = 'Pekka Kumpula';
const coordinator = 'Riikka Aikio';
const parish = 'Sodankylän seurakunta';

/** Pohjois-Savo's coordinator, who imports services from an HSDS file. */
const importingCoordinator = 'Tiina Karvonen';
const importedTitle = 'Melontakoulu Kallavedellä';

/** An HSDS 3.0 list page of three services: one Linkki imports, one without a theme, one not shaped as a service. */
const hsdsFile = {
  name: 'palvelut.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      total_items: 3,
      page: 1,
      contents: [
        {
          id: 'melontakoulu-2026',
          name: importedTitle,
          description: 'Alkeiskurssi retkimelontaan. Kajakit ja liivit saa lainaksi.',
          organization: { id: 'kuopion-melojat', name: 'Kuopion Melojat ry' },
          service_at_locations: [{ location: { name: 'Väinölänniemen ranta', addresses: [{ address_1: 'Väinölänniementie 1', city: 'Kuopio', postal_code: '70100' }] } }],
          attributes: [{ taxonomy_term: { code: 'theme:exercise' } }, { taxonomy_term: { code: 'target-group:working-age' } }],
        },
        {
          id: 'lukupiiri-2026',
          name: 'Lukupiiri kirjastossa',
          description: 'Keskustelemme kuukauden kirjasta.',
          organization: { id: 'kuopion-melojat', name: 'Kuopion Melojat ry' },
          service_areas: [{ name: 'Kuopio' }],
        },
        { id: 'rikki-2026', name: 42 },
      ],
    }),
  ),
};

const filters = (page: Page) => page.getByRole('region', { name: 'Rajaa hakua' });
const results = (page: Page) => page.getByRole('region', { name: 'Hakutulokset' });
const resultCards = (page: Page) => results(page).getByRole('article');

/** Waits until the results show the current search, not the previous one kept on screen meanwhile. */
const resultsSettled = async (page: Page): Promise<void> => {
  await results(page).locator('ul[aria-busy="false"]').waitFor();
  await settled(page);
};

/** Ticks a filter option and waits for the address and the results to follow. */
const tick = async (page: Page, group: string, option: RegExp, param: RegExp): Promise<void> => {
  await filters(page).getByRole('group', { name: group }).getByRole('checkbox', { name: option }).first().check();
  await page.waitForURL(param);
  await resultsSettled(page);
};

describe('the resident search', () => {
  it("finds something free for the elderly in Sodankylä on a weekday, contacts the organiser, and the parish's editor handles the request", async () => {
    const { page, context } = await suite.open('/lappi/');
    await expectHeading(page, 'Lapin hyvinvointialue');
    await page.getByRole('search').getByLabel('Mitä etsit?').waitFor();
    await mainNav(page).getByRole('link', { name: 'Toiminnot' }).click();
    await expectHeading(page, 'Toiminnot');
    await resultsSettled(page);

    await tick(page, 'Kunta', /^Sodankylä \(\d+\)$/, /municipality=Sodankyl/);
    await tick(page, 'Kenelle', /^Ikäihmiset \(\d+\)$/, /group=elderly/);
    await tick(page, 'Hinta ja saavutettavuus', /^Maksuton \(\d+\)$/, /free=1/);
    // The weekday: one on which the parish's activity for the elderly takes place.
    const parishTimes = (await resultCards(page).filter({ hasText: parish }).first().textContent()) ?? '';
    const weekday = /Ajat:\s*(ma|ti|ke|to|pe) /.exec(parishTimes)?.[1] ?? 'ti';
    const weekdays = { ma: 'Maanantai', ti: 'Tiistai', ke: 'Keskiviikko', to: 'Torstai', pe: 'Perjantai' } as Record<string, string>;
    await tick(page, 'Viikonpäivä', new RegExp(`^${weekdays[weekday]} \\(\\d+\\)$`), /weekday=[1-5]/);
    const count = results(page).getByRole('status');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.textContent()).toMatch(/^\d+ toimintoa? löytyi$/);
    const cards = resultCards(page);
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      expect(await card.textContent()).toContain('Sodankylä');
      expect(await card.textContent()).toContain('Maksuton');
    }
    await expectNoAxeViolations(page, 'the search with results (fi)');
    await screenshot(page, 'search-fi');

    const card = cards.filter({ hasText: parish }).first();
    const title = (await card.getByRole('heading').textContent()) ?? '';
    await card.getByRole('link', { name: title }).click();
    await expectHeading(page, title);
    await page.locator('h1:focus').waitFor();
    const details = page.getByRole('region', { name: 'Tiedot' });
    for (const label of ['Aika', 'Paikka', 'Hinta', 'Kielet', 'Saavutettavuus', 'Tukihenkilö', 'Ilmoittautuminen', 'Järjestäjä', 'Tiedot tarkistettu']) {
      await details
        .getByRole('term')
        .filter({ hasText: new RegExp(`^${label}$`) })
        .waitFor();
    }
    expect(await details.textContent()).toContain(parish);
    await expectNoAxeViolations(page, 'the listing page (fi)');
    await screenshot(page, 'listing-fi');

    // Back returns to the same search; the filters live in the address.
    await page.goBack();
    await expectHeading(page, 'Toiminnot');
    expect(
      await filters(page)
        .getByRole('checkbox', { name: /^Sodankylä/ })
        .isChecked(),
    ).toBe(true);
    await page.goForward();
    await expectHeading(page, title);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.url });
    await page.getByRole('button', { name: 'Jaa' }).click();
    await page.getByRole('status').filter({ hasText: 'Linkki on kopioitu leikepöydälle.' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(page.url());

    const contact = page.getByRole('region', { name: 'Ota yhteyttä järjestäjään' });
    await contact.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click();
    const summary = contact.getByRole('alert').filter({ hasText: 'Korjaa nämä kohdat' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Kirjoita nimesi.',
      'Anna puhelinnumero tai sähköpostiosoite.',
      'Kirjoita viesti järjestäjälle.',
      'Anna suostumuksesi, jotta tietosi voidaan välittää järjestäjälle.',
    ]);
    await page.locator('.error-summary:focus').waitFor();
    expect(await contact.getByLabel('Nimi').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the contact form after a validation error (fi)');
    await screenshot(page, 'contact-errors-fi');

    await contact.getByLabel('Nimi').fill('Aili Asukas');
    await contact.getByLabel('Puhelinnumero').fill('040 765 4321');
    await contact.getByLabel('Viesti').fill('Sopiiko kerho, jos kävelen rollaattorin kanssa?');
    const consent = contact.getByRole('checkbox', { name: /Annan suostumukseni/ });
    expect(await contact.getByText(/Annan suostumukseni/).textContent()).toMatch(new RegExp(`${parish}.*poistetaan`));
    await consent.check();
    await contact.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click();
    const sent = contact.getByRole('status').filter({ hasText: 'Kiitos, yhteydenottopyyntösi on lähetetty' });
    await sent.waitFor();
    expect(await sent.textContent()).toMatch(/poistetaan \d+ päivän kuluttua/);
    expect(await contact.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).count()).toBe(0);
    await screenshot(page, 'contact-sent-fi');

    await signInAs(page, 'lappi', editor);
    await mainNav(page).getByRole('link', { name: 'Ylläpito' }).click();
    await expectHeading(page, 'Ylläpito');
    await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: 'Yhteydenottopyynnöt' }).click();
    await expectHeading(page, 'Yhteydenottopyynnöt');
    const request = page.getByRole('article', { name: 'Aili Asukas' });
    await request.waitFor();
    expect(await request.textContent()).toContain(title);
    expect(await request.getByRole('link', { name: '040 765 4321' }).getAttribute('href')).toBe('tel:0407654321');
    expect(await request.getByText('Uusi', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the contact-request queue (fi)');
    await screenshot(page, 'contact-requests-fi');

    await request.getByRole('button', { name: 'Merkitse käsitellyksi: Aili Asukas' }).click();
    await request.getByText('Käsitelty', { exact: true }).waitFor();
    expect(await request.getByRole('button').count()).toBe(0);
  });

  it('prints a listing without navigation or buttons, black on white, with its address', async () => {
    const { page } = await suite.open('/lappi/activities?municipality=Sodankyl%C3%A4');
    await resultsSettled(page);
    await resultCards(page).first().getByRole('link').click();
    await page.getByRole('button', { name: 'Tulosta' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await mainNav(page).isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Kieli' }).isVisible()).toBe(false);
    for (const button of await page.getByRole('button').all()) expect(await button.isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Ota yhteyttä järjestäjään' }).isVisible()).toBe(false);
    expect(await page.getByText(`Osoite: ${page.url()}`).isVisible()).toBe(true);
    expect(await page.evaluate("getComputedStyle(document.querySelector('h1')).color")).toBe('rgb(0, 0, 0)');
    await screenshot(page, 'listing-print');
  });

  it('searches from the county home, loads more results, and speaks Swedish and English', async () => {
    const { page } = await suite.open('/lappi/');
    await page.getByRole('search').getByLabel('Mitä etsit?').fill('kerho');
    await page.getByRole('search').getByRole('button', { name: 'Hae' }).click();
    await page.waitForURL(/\/lappi\/activities\?q=kerho$/);
    await expectHeading(page, 'Toiminnot');
    await resultsSettled(page);
    expect((await resultCards(page).first().textContent())?.toLowerCase()).toContain('kerho');

    await page.goto('/lappi/activities');
    await resultsSettled(page);
    const total = Number((await results(page).getByRole('status').textContent())?.match(/^(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await resultCards(page).count()).toBe(20);
    await page.getByRole('button', { name: `Näytä lisää (20/${total})` }).click();
    await page.locator('.result-card__title a:focus').waitFor();
    expect(await resultCards(page).count()).toBe(Math.min(total, 40));
    expect(await page.locator('.result-card__title a:focus').textContent()).toBe(await resultCards(page).nth(20).getByRole('link').first().textContent());

    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Verksamhet');
    await page.getByRole('region', { name: 'Sökresultat' }).getByText(`${total} verksamheter hittades`).waitFor();
    await page.getByRole('group', { name: 'Kommun' }).waitFor();
    await expectNoAxeViolations(page, 'the search (sv)');
    await screenshot(page, 'search-sv', { fullPage: false });

    await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Activities');
    await page.getByRole('region', { name: 'Results' }).getByText(`${total} activities found`).waitFor();
    await page
      .getByRole('group', { name: 'For whom' })
      .getByRole('checkbox', { name: /^Older people \(\d+\)$/ })
      .waitFor();
    await screenshot(page, 'search-en', { fullPage: false });
  });

  it('keeps the filters behind a disclosure on a 320 px screen', async () => {
    const { page } = await suite.open('/lappi/activities', { viewport: { width: 320, height: 640 } });
    await resultsSettled(page);
    const toggle = page.getByRole('button', { name: 'Rajaa hakua' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await filters(page).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await tick(page, 'Kenelle', /^Ikäihmiset \(\d+\)$/, /group=elderly/);
    await page.getByRole('button', { name: 'Rajaa hakua (1 valittu)' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the search with the filters open (fi, 320 px)');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'search-320-fi', { fullPage: false });
    await page.evaluate("document.getElementById('results-heading').scrollIntoView()");
    await screenshot(page, 'search-320-results-fi', { fullPage: false });
  });
});

describe('editing and moderation', () => {
  it('an editor adds a listing and proposes a change to a published one; the coordinator approves both; residents find the new one', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', editor);
    await mainNav(page).getByRole('link', { name: 'Ylläpito' }).click();
    await expectHeading(page, 'Ylläpito');
    const listings = page.getByRole('region', { name: parish });
    await listings.getByRole('article').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link').allTextContents()).toEqual(['Toiminnot', 'Organisaatiomme', 'Yhteydenottopyynnöt']);
    await expectNoAxeViolations(page, 'the editor list (fi)');
    await screenshot(page, 'editor-list-fi');

    // A change to a published listing waits for moderation as a proposal.
    const published = listings.getByRole('article').filter({ hasText: 'Julkaistu' }).first();
    const publishedTitle = (await published.getByRole('heading').textContent()) ?? '';
    await published.getByRole('link', { name: `Muokkaa: ${publishedTitle}` }).click();
    await expectHeading(page, `Muokkaa: ${publishedTitle}`);
    await page.getByText('Muutoksesi lähtevät tarkastettaviksi').waitFor();
    const proposedTitle = `${publishedTitle} (uusi aika)`;
    await page.getByRole('group', { name: 'Nimi' }).getByLabel('Suomeksi').fill(proposedTitle);
    await page.getByRole('button', { name: 'Lähetä muutokset tarkastettavaksi' }).click();
    await page.getByRole('status').filter({ hasText: 'on lähetetty tarkastettaviksi' }).waitFor();
    await listings.getByRole('article', { name: publishedTitle }).getByText('Muutosehdotus odottaa tarkastusta').waitFor();

    await listings.getByRole('link', { name: 'Lisää uusi toiminto' }).click();
    await expectHeading(page, 'Uusi toiminto');
    await page.getByRole('button', { name: 'Lähetä tarkastettavaksi' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Korjaa nämä kohdat' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Nimi: Kirjoita teksti suomeksi.',
      'Kuvaus: Kirjoita teksti suomeksi.',
      'Teemat: Valitse vähintään yksi.',
      'Kohderyhmät: Valitse vähintään yksi.',
    ]);
    await page.locator('.error-summary:focus').waitFor();
    await summary.getByRole('link', { name: 'Teemat: Valitse vähintään yksi.' }).click();
    await page.locator('fieldset#activity-themes:focus').waitFor();

    const title = 'Kanteleryhmä seurakuntatalolla';
    await page.getByRole('group', { name: 'Nimi' }).getByLabel('Suomeksi').fill(title);
    await page.getByRole('group', { name: 'Kuvaus' }).getByLabel('Suomeksi').fill('Soitamme kanteleita yhdessä. Soittimia voi lainata, eikä aiempaa kokemusta tarvita.');
    await page.getByRole('group', { name: 'Teemat' }).getByRole('checkbox', { name: 'Kulttuuri' }).check();
    await page.getByRole('group', { name: 'Kohderyhmät' }).getByRole('checkbox', { name: 'Ikäihmiset' }).check();
    expect(await page.getByRole('combobox', { name: 'Kunta (pakollinen)' }).inputValue()).toBe('Sodankylä');
    await page.getByRole('button', { name: 'Lisää viikoittainen aika' }).click();
    const slot = page.getByRole('group', { name: 'Viikoittainen aika 1' });
    await slot.getByLabel('Viikonpäivä').selectOption({ label: 'Torstai' });
    await slot.getByLabel('Alkaa').fill('13:00');
    await slot.getByLabel('Päättyy').fill('14:30');
    await page.getByRole('checkbox', { name: 'Tukihenkilö on tervetullut mukaan' }).check();
    // Each fixed field has dropped its error, and with them the summary.
    expect(await summary.count()).toBe(0);
    await expectNoAxeViolations(page, 'the editor form (fi)');
    await screenshot(page, 'editor-form-fi');
    await page.getByRole('button', { name: 'Lähetä tarkastettavaksi' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `”${title}” on lähetetty tarkastettavaksi.` })
      .waitFor();
    await listings.getByRole('article', { name: title }).getByText('Odottaa tarkastusta', { exact: true }).waitFor();

    await mainNav(page).getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signInAs(page, 'lappi', coordinator);
    await mainNav(page).getByRole('link', { name: 'Tarkastusjono' }).click();
    await expectHeading(page, 'Tarkastusjono');
    const newListing = page.getByRole('article', { name: title });
    await newListing.getByText('Uusi toiminto', { exact: true }).waitFor();
    expect(await newListing.textContent()).toContain(parish);
    const proposal = page.getByRole('article', { name: proposedTitle });
    await proposal.getByText('Muutosehdotus julkaistuun toimintoon').waitFor();
    const change = proposal.getByRole('definition');
    expect(await change.getByText('Nyt:').locator('..').textContent()).toContain(publishedTitle);
    expect(await change.getByText('Ehdotus:').locator('..').textContent()).toContain(proposedTitle);
    await expectNoAxeViolations(page, 'the moderation queue (fi)');
    await screenshot(page, 'moderation-fi');

    await newListing.getByRole('button', { name: `Hyväksy ja julkaise: ${title}` }).click();
    await newListing.waitFor({ state: 'detached' });
    await proposal.getByRole('button', { name: `Hyväksy muutos: ${proposedTitle}` }).click();
    await proposal.waitFor({ state: 'detached' });

    // The search index follows within about a second.
    await expect
      .poll(
        async () => {
          await page.goto('/lappi/activities?q=kantele');
          await resultsSettled(page);
          return resultCards(page).getByRole('link', { name: title }).count();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(1);
  });

  it('a coordinator rejects a listing with a reason its editors read, and confirms a stale listing is up to date', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', coordinator);
    await mainNav(page).getByRole('link', { name: 'Tarkastusjono' }).click();
    await expectHeading(page, 'Tarkastusjono');
    const item = page.getByRole('article').filter({ hasText: 'Uusi toiminto' }).first();
    const title = (await item.getByRole('heading').textContent()) ?? '';
    const organisation = ((await item.locator('.listing-row__meta').textContent()) ?? '').split(' · ')[0] ?? '';
    await item.getByRole('button', { name: `Hylkää: ${title}` }).click();
    await page.locator('textarea:focus').waitFor();
    await item.getByRole('button', { name: 'Hylkää ja lähetä syy' }).click();
    await item.getByText('Kirjoita hylkäyksen syy (vähintään kolme merkkiä).').first().waitFor();
    await item.getByLabel('Hylkäyksen syy').fill('Lisää tapahtumapaikan osoite.');
    await item.getByRole('button', { name: 'Hylkää ja lähetä syy' }).click();
    await page.getByRole('article', { name: title }).waitFor({ state: 'detached' });
    await page.locator('#moderation-status:focus').waitFor();

    await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: 'Toiminnot' }).click();
    await expectHeading(page, 'Ylläpito');
    await page.getByLabel('Organisaatio').selectOption({ label: organisation });
    const rejected = page.getByRole('article', { name: title });
    await rejected.getByText('Hylätty', { exact: true }).waitFor();
    await rejected.getByText('Hylkäyksen syy: Lisää tapahtumapaikan osoite.').waitFor();

    // Lappi's demo data has a listing of Rovaniemen Eläkkeensaajat unchecked for over a year.
    await page.getByLabel('Organisaatio').selectOption('la-rovaniemen-elakkeensaajat');
    const stale = page.getByRole('article').filter({ hasText: 'Tiedot on tarkistettu viimeksi' }).first();
    const staleTitle = (await stale.getByRole('heading').textContent()) ?? '';
    await stale.getByRole('button', { name: `Tiedot ajan tasalla: ${staleTitle}` }).click();
    const confirmed = page.getByRole('article', { name: staleTitle });
    await confirmed.getByText('Merkitty ajan tasalla olevaksi.').waitFor();
    expect(await confirmed.getByText('Tiedot on tarkistettu viimeksi').count()).toBe(0);
  });

  it('never overwrites a change someone else saved meanwhile: the editor is told and reloads', async () => {
    const first = await suite.open('/lappi/');
    const second = await suite.open('/lappi/');
    for (const { page } of [first, second]) await signInAs(page, 'lappi', editor);
    await first.page.goto('/lappi/editor');
    const draft = first.page.getByRole('article').filter({ hasText: 'Luonnos' }).first();
    const title = (await draft.getByRole('heading').textContent()) ?? '';
    await draft.getByRole('link', { name: `Muokkaa: ${title}` }).click();
    await expectHeading(first.page, `Muokkaa: ${title}`);
    await second.page.goto(first.page.url());
    await expectHeading(second.page, `Muokkaa: ${title}`);

    await second.page.getByRole('group', { name: 'Nimi' }).getByLabel('Suomeksi').fill(`${title} – syksy`);
    await second.page.getByRole('button', { name: 'Tallenna luonnoksena' }).click();
    await second.page.getByRole('status').filter({ hasText: 'on tallennettu luonnoksena' }).waitFor();

    await first.page.getByRole('group', { name: 'Nimi' }).getByLabel('Suomeksi').fill(`${title} – kevät`);
    await first.page.getByRole('button', { name: 'Tallenna luonnoksena' }).click();
    const conflict = first.page.getByRole('alert').filter({ hasText: 'Joku muu muutti tätä sillä välin' });
    await conflict.waitFor();
    await first.page.locator('.alert:focus').filter({ hasText: 'Joku muu muutti' }).waitFor();
    await conflict.getByRole('button', { name: 'Lataa uusin versio' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await first.page.getByRole('group', { name: 'Nimi' }).getByLabel('Suomeksi').inputValue()).toBe(`${title} – syksy`);
  });

  it('tells a signed-in user without an editor role what the area is for', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', 'Eija Lehtola');
    expect(await mainNav(page).getByRole('link', { name: 'Ylläpito' }).count()).toBe(0);
    await page.goto('/lappi/editor');
    await expectHeading(page, 'Ylläpito');
    await page.getByText('Ylläpito on organisaatioiden ylläpitäjille ja alueen koordinaattoreille. Roolisi: Ammattilainen.').waitFor();
  });
});

describe('importing services from an HSDS file', () => {
  it('a coordinator imports a file, sees what was created and what was refused and why, imports it again without duplicates, and residents find the new listing', async () => {
    const { page } = await suite.open('/pohjois-savo/');
    await signInAs(page, 'pohjois-savo', importingCoordinator);
    await mainNav(page).getByRole('link', { name: 'Ylläpito' }).click();
    await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: 'Tuonti' }).click();
    await expectHeading(page, 'Tuo palveluita HSDS-tiedostosta');
    const file = page.getByLabel('HSDS-tiedosto (JSON)');
    expect(await file.getAttribute('accept')).toBe('.json,application/json');
    const submit = page.getByRole('button', { name: 'Tuo palvelut' });

    await file.setInputFiles({ ...hsdsFile, buffer: Buffer.from('<palvelut/>') });
    await submit.click();
    await page.getByRole('alert').filter({ hasText: 'Tiedosto ei ole JSON-muotoinen.' }).waitFor();

    await file.setInputFiles(hsdsFile);
    await submit.click();
    const report = page.getByRole('region', { name: 'Tuonnin tulos' });
    const counts = report.getByRole('definition');
    await report.waitFor();
    await page.locator('#import-report-heading:focus').waitFor();
    expect(await report.getByRole('term').allTextContents()).toEqual(['Uudet', 'Päivitetyt', 'Ennallaan', 'Hylätyt']);
    expect(await counts.allTextContents()).toEqual(['1', '0', '0', '2']);
    const link = report.getByRole('table', { name: 'Tuodut palvelut' }).getByRole('link', { name: importedTitle });
    expect(await link.getAttribute('href')).toMatch(/^\/pohjois-savo\/activities\/h-[0-9a-f]+$/);
    const rejected = report.getByRole('table', { name: 'Hylätyt palvelut' }).getByRole('row');
    expect(await rejected.count()).toBe(3);
    expect(await rejected.nth(1).textContent()).toContain('Teema puuttuu');
    expect(await rejected.nth(2).textContent()).toMatch(/rikki-2026.*name: /);
    await expectNoAxeViolations(page, 'the import report (fi)');
    await screenshot(page, 'import-fi');

    await file.setInputFiles(hsdsFile);
    await submit.click();
    await expect.poll(() => counts.allTextContents()).toEqual(['0', '0', '1', '2']);

    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Import services from an HSDS file');
    await page.getByRole('region', { name: 'Import result' }).getByRole('cell', { name: 'Unchanged' }).waitFor();
    await screenshot(page, 'import-en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Suomi' }).click();

    await expect
      .poll(
        async () => {
          await page.goto('/pohjois-savo/activities?q=melontakoulu');
          await resultsSettled(page);
          return resultCards(page).getByRole('link', { name: importedTitle }).count();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(1);
  });
});
