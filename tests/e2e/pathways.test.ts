import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { readStoredSession } from './support/session';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, pageWidth, signInAs } from './support/ui';

const suite = useBrowserSuite();

const pathwayId = 'laheiset';
const pathwayTitle = 'Läheisenä diabetesta sairastavan rinnalla';
const renamedStage = { fi: 'Kun läheisesi saa diabeteksen', sv: 'När din närstående får diabetes', en: 'When someone close to you gets diabetes' };
const changeSummary = { fi: 'Ensimmäisen vaiheen nimi puhuttelee nyt lukijaa.', sv: 'Första stegets namn tilltalar nu läsaren.', en: 'The first stage now speaks to the reader.' };
const localActivity = 'Lavatanssikurssi eläkeläisille';

/** Waits until nothing on the page says it is loading (by locator: the app's CSP forbids evaluated strings). */
const loaded = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

/** Calls a procedure as the signed-in user of `page`, the way the web app does. */
const callAs = async <Output>(page: Page, procedure: string, input: unknown, kind: 'query' | 'mutation'): Promise<Output> => {
  const session = await readStoredSession(page);
  if (!session) throw new Error('Not signed in.');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const response = await fetch(`${suite.url}/trpc/${procedure}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await response.json()) as { result?: { data: Output }; error?: unknown };
  if (!body.result) throw new Error(`${procedure} (${kind}) failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
};

/** Diabetesliitto renames the first stage of the close ones' pathway and publishes it as a new version. */
const publishRenamedStage = async (): Promise<number> => {
  const { page } = await suite.open('/lappi/');
  await signInAs(page, 'lappi', 'Kaisa Laine');
  type Draft = { version: number; content: { stages: { title: Record<string, string> }[] } };
  const draft = await callAs<Draft>(page, 'pathways.draft', { pathwayId }, 'query');
  const [first, ...rest] = draft.content.stages;
  const content = { ...draft.content, stages: [{ ...first, title: renamedStage }, ...rest] };
  const saved = await callAs<Draft>(page, 'pathways.saveDraft', { pathwayId, expectedVersion: draft.version, content }, 'mutation');
  const published = await callAs<{ number: number }>(page, 'pathways.publish', { pathwayId, requestId: crypto.randomUUID(), expectedVersion: saved.version, changeSummary }, 'mutation');
  return published.number;
};

describe('diabetes pathways', () => {
  it('shows a newly published version to a Lappi resident, with its change', async () => {
    const number = await publishRenamedStage();
    const { page } = await suite.open('/lappi/');
    await mainNav(page).getByRole('link', { name: 'Diabetespolut' }).click();
    await expectHeading(page, 'Diabeteksen hyvinvointipolut');
    await page.getByRole('heading', { name: 'Läheiset' }).waitFor();
    await expectNoAxeViolations(page, 'the pathway list (fi)');
    await screenshot(page, 'pathways-list-fi');

    await page.getByRole('link', { name: pathwayTitle }).click();
    await expectHeading(page, pathwayTitle);
    await page.getByText(`Versio ${number}, julkaistu`).waitFor();
    await page.getByRole('heading', { name: `Vaihe 1: ${renamedStage.fi}` }).waitFor();
    await page.getByText('Mitä tässä versiossa muuttui?').click();
    await page.getByText(changeSummary.fi).waitFor();
    await expectNoAxeViolations(page, 'the pathway page (fi)');
    await screenshot(page, 'pathways-page-fi');

    const stage = page.getByRole('article', { name: `Vaihe 1: ${renamedStage.fi}` });
    await stage.getByRole('button', { name: 'Lähetä palaute' }).click();
    await stage.getByText('Valitse kyllä tai ei.').waitFor();
    await stage.getByRole('radio', { name: 'Kyllä' }).check();
    await stage.getByLabel('Kommentti (vapaaehtoinen)').fill('Selkeä ja lämmin vaihe.');
    await stage.getByRole('button', { name: 'Lähetä palaute' }).click();
    await stage.getByText('Kiitos palautteestasi!').waitFor();

    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: `Steg 1: ${renamedStage.sv}` }).waitFor();
    await expectNoAxeViolations(page, 'the pathway page (sv)');
    await screenshot(page, 'pathways-page-sv', { fullPage: false });
  });

  it('lets a Lappi coordinator attach a local activity that residents then see', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', 'Riikka Aikio');
    await page.goto(`/lappi/pathways/${pathwayId}`);
    await page.getByRole('link', { name: 'Muokkaa alueen omia lisäyksiä' }).click();
    await expectHeading(page, `Alueen omat lisäykset: ${pathwayTitle}`);
    await loaded(page);
    const section = page.getByRole('region', { name: /Oma jaksaminen/ });
    await section.getByLabel('Hae alueen toiminnoista').fill('Lavatanssikurssi');
    await section.getByRole('button', { name: 'Hae', exact: true }).click();
    await section.getByRole('button', { name: new RegExp(`^Liitä vaiheeseen\\W+${localActivity}`) }).click();
    await section.getByRole('link', { name: localActivity }).waitFor();
    await expectNoAxeViolations(page, 'the local additions editor (fi)');
    await screenshot(page, 'pathways-local-fi');

    await page.getByRole('link', { name: `Takaisin polulle: ${pathwayTitle}` }).click();
    await page.getByRole('link', { name: 'Alueen palaute ja katselut' }).click();
    await expectHeading(page, `Palaute ja katselut: ${pathwayTitle}`);
    await page.getByText('Palaute vaiheittain').waitFor();
    await expectNoAxeViolations(page, 'the county feedback (fi)');
    await screenshot(page, 'pathways-feedback-fi');

    const resident = await suite.open(`/lappi/pathways/${pathwayId}`, { viewport: { width: 375, height: 800 } });
    const stage = resident.page.getByRole('article', { name: /Oma jaksaminen/ });
    await stage.getByRole('link', { name: localActivity }).waitFor();
    expect(await pageWidth(resident.page)).toBeLessThanOrEqual(375);
    await stage.scrollIntoViewIfNeeded();
    await screenshot(resident.page, 'pathways-page-mobile-fi', { fullPage: false });
  });

  it('offers a signed-in professional to suggest a stage in a referral', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', 'Eija Lehtola');
    await page.goto(`/lappi/pathways/${pathwayId}`);
    await page
      .getByRole('link', { name: /^Ehdota lähetteessä/ })
      .first()
      .click();
    await page.waitForURL(`**/lappi/referrals/new?pathway=${pathwayId}&stage=*`);
  });
});
