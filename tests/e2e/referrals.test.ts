import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, pageWidth, signInAs } from './support/ui';

const suite = useBrowserSuite();
const tenant = 'keski-pohjanmaa';
const nurse = 'Hanna Kallio';
const linkWorker = 'Mikael Byskata';
const clientName = 'Sirkka Testinen';
const coordinator = 'Jukka Niemelä';
const pathway = 'diabetesriski';
const whatChanged = 'Sirkka käy joka viikko kerhossa ja on saanut uusia tuttavia.';

/** Waits until nothing on the page says it is loading (no string evaluation: the app's CSP forbids it). */
const settled = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

const checkAxe = async (page: Page, label: string, shot: string): Promise<void> => {
  await settled(page);
  await expectNoAxeViolations(page, label);
  await screenshot(page, shot);
};

/** Answers every statement of a measure group with the same answer. */
const answerAll = async (page: Page, group: string, answer: string): Promise<void> => {
  const radios = page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: answer, exact: true });
  for (let index = 0; index < (await radios.count()); index += 1) await radios.nth(index).check();
};

/** The link worker's measure forms (their names), with an answer for each phase: the client feels better at the end. */
const measures = [
  { group: 'Positiivisen mielenterveyden mittari (SWEMWBS)', save: 'Tallenna SWEMWBS-mittaus', saved: 'raakapisteet', answers: { start: 'Joskus', end: 'Usein' } },
  { group: 'Osallisuusindikaattori (THL)', save: 'Tallenna osallisuusmittaus', saved: 'kirjattu', answers: { start: 'Jokseenkin samaa mieltä', end: 'Täysin samaa mieltä' } },
] as const;

const recordMeasure = async (page: Page, measure: (typeof measures)[number], phase: 'start' | 'end'): Promise<void> => {
  const form = page.getByRole('group', { name: measure.group, exact: true });
  await form.getByLabel('Mittauskohta').selectOption(phase);
  await form.getByLabel('Kuka täytti').selectOption('client');
  await answerAll(page, measure.group, measure.answers[phase]);
  await form.getByRole('button', { name: measure.save }).click();
  await page.getByText(`${phase === 'start' ? 'Alkumittaus' : 'Loppumittaus'}: ${measure.saved}`, { exact: false }).waitFor();
};

/** The nurse's part: the safety question, a refused empty form, then a complete referral sent. Returns its page's path. */
const createReferral = async (page: Page): Promise<string> => {
  await signInAs(page, tenant, nurse);
  await mainNav(page).getByRole('link', { name: 'Lähetteet' }).click();
  await expectHeading(page, 'Hyvinvointilähetteet');
  await page.locator('.referral-row').first().waitFor();
  await checkAxe(page, 'my referrals (fi)', 'referrals-list-fi');

  await page.getByRole('link', { name: 'Uusi lähete' }).click();
  await expectHeading(page, 'Uusi hyvinvointilähete');
  // As a pathway page would open it: the referral suggests that pathway's stage.
  await page.goto(`/${tenant}/referrals/new?pathway=${pathway}&stage=tuki-ja-ryhmat`);
  await expectHeading(page, 'Uusi hyvinvointilähete');
  await page.getByText('Ehdotettu polun vaihe').waitFor();
  await page.getByRole('radio', { name: 'Kyllä on' }).check();
  await page.getByText('Tämä ei ole hyvinvointilähete').waitFor();
  expect(await page.getByLabel('Nimi').count()).toBe(0);
  await checkAxe(page, 'the safety stop (fi)', 'referrals-safety-stop-fi');

  await page.getByRole('radio', { name: 'Ei ole' }).check();
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await page.getByText('Korjaa nämä kohdat ennen lähettämistä:').waitFor();
  expect(await page.evaluate('document.activeElement?.classList.contains("error-summary")')).toBe(true);

  await page.getByLabel('Nimi', { exact: false }).fill(clientName);
  await page.getByLabel('Syntymävuosi', { exact: false }).fill('1951');
  await page.getByLabel('Kotikunta', { exact: false }).selectOption('Kokkola');
  await page.getByLabel('Puhelin').fill('040 123 4567');
  await page.getByLabel('Asiointikieli').selectOption('sv');
  await page.getByRole('checkbox', { name: 'Yksinäisyys' }).check();
  await page.getByRole('checkbox', { name: 'Suru tai menetys' }).check();
  await page.getByLabel('Hae toimintoja').fill('kerho');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await page
    .getByRole('button', { name: /^Lisää/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Poista/ }).waitFor();
  await page.getByLabel('Lyhyt lisätieto').fill('Parhaiten tavoittaa aamupäivisin.');
  await page.getByRole('checkbox', { name: 'Mittareiden täyttäminen' }).check();
  await checkAxe(page, 'the new referral form (fi)', 'referrals-new-fi');

  // The first answer is lost on the way back: the server saved it, the form does not know.
  await page.route(
    '**/trpc/referrals.create*',
    async (route) => {
      await route.fetch();
      await route.abort('failed');
    },
    { times: 1 },
  );
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await page.getByRole('alert').filter({ hasText: 'Tallentaminen ei onnistunut.' }).waitFor();
  // The retry carries the same request id, so the server returns the referral it already saved.
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await page.waitForURL(/\/referrals\/ref-[a-z0-9]+$/);
  await expectHeading(page, clientName);
  await page.getByText('Lähete oli jo tallennettu aiemmalla yrityksellä.').waitFor();
  expect(await page.locator(`a[href="/${tenant}/pathways/${pathway}"]`).count()).toBe(1);
  await checkAxe(page, 'the referral page (fi)', 'referrals-page-fi');
  return new URL(page.url()).pathname;
};

/** The printable sheet speaks the client's language (Swedish here), whatever the UI language is. */
const checkSummary = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Tulosta asiakkaan yhteenveto' }).click();
  await expectHeading(page, 'Välfärdsremiss – sammanfattning för dig');
  expect(await page.locator('article.client-summary').getAttribute('lang')).toBe('sv');
  await page.getByRole('button', { name: 'Tulosta' }).waitFor();
  await checkAxe(page, 'the client summary (sv sheet)', 'referrals-summary-fi');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'referrals-summary-print');
  await page.emulateMedia({ media: 'screen' });
};

/** The link worker's part (their pages): take it from the queue, meet, measure at start and end, complete. */
const workOnReferral = async (page: Page): Promise<void> => {
  await signInAs(page, tenant, linkWorker);
  await page.goto(`/${tenant}/link-work`);
  await expectHeading(page, 'Lähettityö');
  await settled(page);
  await page
    .getByRole('button', { name: /^Ota lähete: Kokkola/ })
    .last()
    .click();
  await expectHeading(page, clientName);
  await page.getByRole('button', { name: 'Aloita työskentely' }).click();
  await page.getByText('Lähetteen tila on nyt: ', { exact: false }).waitFor();
  await page.getByLabel('Yhteydenoton tapa').selectOption('meeting');
  await page.getByLabel('Muistiinpano').fill('Tapasimme kirjastossa ja katsoimme kerhojen aikatauluja.');
  await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
  await page.getByText('Yhteydenotto kirjattu.').waitFor();
  for (const phase of ['start', 'end'] as const) {
    for (const measure of measures) await recordMeasure(page, measure, phase);
  }
  await page.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
  const joined = page.getByRole('group', { name: 'Toiminnot, joihin asiakas osallistui' }).getByRole('checkbox');
  await joined.first().check();
  await page.getByLabel('Mikä muuttui', { exact: false }).fill(whatChanged);
  await checkAxe(page, 'the link worker on the referral page (fi)', 'referrals-link-worker-fi');
  await page.getByRole('button', { name: 'Vahvista: Merkitse valmiiksi' }).click();
  await page.getByText('Lähetteen tila on nyt: Valmis.').waitFor();
};

/** The completed referrals the coordinator's report counts (the last 12 months); the seed has enough that the figure is shown. */
const completedInReport = async (page: Page): Promise<number> => {
  await page.goto(`/${tenant}/coordination/reports`);
  await expectHeading(page, 'Lähetteiden raportti');
  const completed = page.getByRole('table', { name: 'Lähetteet tilan mukaan' }).getByRole('row', { name: /^Valmis\b/ });
  const count = await completed.getByRole('cell').first().innerText();
  expect(count).toMatch(/^\d+$/);
  return Number(count);
};

/** The coordinator's list: the whole county, narrowed to completed referrals; the referral shows the measures read-only. */
const coordinatorSeesIt = async (page: Page): Promise<void> => {
  await mainNav(page).getByRole('link', { name: 'Lähetteet' }).click();
  await expectHeading(page, 'Hyvinvointilähetteet');
  await page.getByLabel('Näytä tilassa').selectOption('completed');
  await page.getByText('6 lähetettä näkyvissä').waitFor();
  await checkAxe(page, 'the coordinator list (fi)', 'referrals-coordinator-list-fi');
  await page.getByRole('link', { name: clientName }).click();
  await expectHeading(page, clientName);
  await page.getByText('raakapisteet 28, metrinen 25.03').waitFor();
  await checkAxe(page, 'the referral for a coordinator (fi)', 'referrals-coordinator-page-fi');
};

describe('the wellbeing referral loop', () => {
  it('goes from the nurse through the link worker back to the nurse, and the report counts it', async () => {
    const { page: coordinatorPage } = await suite.open(`/${tenant}/`);
    await signInAs(coordinatorPage, tenant, coordinator);
    const completedBefore = await completedInReport(coordinatorPage);

    const { page: nursePage } = await suite.open(`/${tenant}/`);
    const referralPath = await createReferral(nursePage);
    await checkSummary(nursePage);

    const { page: workerPage } = await suite.open(`/${tenant}/`);
    await workOnReferral(workerPage);

    await nursePage.goto(referralPath);
    await expectHeading(nursePage, clientName);
    const outcome = nursePage.getByRole('region', { name: 'Lopputulos' });
    await outcome.getByText(whatChanged).waitFor();
    expect(await outcome.getByRole('link').count()).toBeGreaterThan(0);
    await nursePage.getByText('Valmis', { exact: true }).first().waitFor();
    await checkAxe(nursePage, 'the completed referral (fi)', 'referrals-outcome-fi');

    expect(await completedInReport(coordinatorPage)).toBe(completedBefore + 1);
    await coordinatorSeesIt(coordinatorPage);
  });

  it('fits a phone screen, in Swedish too', async () => {
    const { page } = await suite.open(`/${tenant}/`, { viewport: { width: 375, height: 740 } });
    await signInAs(page, tenant, nurse);
    await page.goto(`/${tenant}/referrals/new`);
    await expectHeading(page, 'Uusi hyvinvointilähete');
    await page.getByRole('radio', { name: 'Ei ole' }).check();
    await settled(page);
    await screenshot(page, 'referrals-new-mobile');
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, 'Ny välfärdsremiss');
    await expectNoAxeViolations(page, 'the new referral form (sv, phone)');
  });
});
