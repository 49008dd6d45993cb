import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, signInAs } from './support/ui';

const suite = useBrowserSuite();

const publisher = 'Kaisa Laine';
const pathwayTitle = 'Kohonnut riski sairastua tyypin 2 diabetekseen';
const newStageTitle = { fi: 'Tunnista riskisi ajoissa', sv: 'Känn igen din risk i tid', en: 'Recognise your risk early' };
const changeSummary = { fi: 'Ensimmäisen vaiheen nimi tarkentui.', sv: 'Första stegets namn har preciserats.', en: 'The first stage has a clearer name.' };

/** Waits until nothing on the page says it is loading (by locator: the app's CSP forbids evaluated strings). */
const loaded = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

const fillTexts = async (page: Page, path: string, text: Record<'fi' | 'sv' | 'en', string>): Promise<void> => {
  for (const language of ['fi', 'sv', 'en'] as const) await page.locator(`#pp-${path}-${language}`).fill(text[language]);
};

describe('the national publisher', () => {
  it('edits and publishes a pathway that a Lappi resident then sees', async () => {
    const { page } = await suite.open('/lappi/');
    await signInAs(page, 'lappi', publisher);
    await mainNav(page).getByRole('link', { name: 'Polkujen julkaisu' }).click();
    await expectHeading(page, 'Hyvinvointipolkujen julkaisu');
    await loaded(page);
    await page.getByRole('link', { name: pathwayTitle }).waitFor();
    await expectNoAxeViolations(page, 'the pathway drafts (fi)');
    await screenshot(page, 'pathway-publisher-drafts-fi');

    await page.getByRole('link', { name: pathwayTitle }).click();
    await expectHeading(page, `Muokkaa polkua: ${pathwayTitle}`);
    await page.locator('#pp-stages-0-title-fi').waitFor();
    await expectNoAxeViolations(page, 'the pathway editor (fi)');
    await screenshot(page, 'pathway-publisher-editor-fi', { fullPage: false });
    await page.locator('#pp-stages-1-title-fi').fill('');
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /vaihe 2, nimi/ })
      .waitFor();
    await screenshot(page, 'pathway-publisher-issues-fi', { fullPage: false });
    await page.locator('#pp-stages-1-title-fi').fill('Muutoksen alku');
    await page.locator('#pp-stages-0-items-0-kind').scrollIntoViewIfNeeded();
    await screenshot(page, 'pathway-publisher-stage-fi', { fullPage: false });
    await fillTexts(page, 'stages-0-title', newStageTitle);
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await page.getByText('Luonnos tallennettu', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Näytä esikatselu' }).click();
    await page.locator('#pp-preview').getByRole('heading', { name: newStageTitle.fi }).waitFor();
    await fillTexts(page, 'changeSummary', changeSummary);
    await page.getByRole('button', { name: 'Julkaise…' }).click();
    await page.getByRole('button', { name: 'Kyllä, julkaise' }).click();
    await page.getByText('Versio 2 on julkaistu.').waitFor();
    await page.getByRole('heading', { name: 'Julkaise uusi versio' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'pathway-publisher-published-fi', { fullPage: false });
    await fillTexts(page, 'changeSummary', changeSummary);
    await page.getByRole('button', { name: 'Julkaise…' }).click();
    await page.getByRole('button', { name: 'Kyllä, julkaise' }).click();
    await page.getByText('Julkaistavaa ei ole', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Versiohistoria' }).click();
    await expectHeading(page, `Versiohistoria: ${pathwayTitle}`);
    await page.getByRole('cell', { name: changeSummary.fi }).waitFor();
    await page.getByText('Muutettu:', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'the version history (fi)');
    await screenshot(page, 'pathway-publisher-versions-fi');

    await page.getByRole('link', { name: 'Palaute' }).click();
    await expectHeading(page, `Palaute: ${pathwayTitle}`);
    await page.getByRole('table', { name: 'Koko maa' }).waitFor();
    await screenshot(page, 'pathway-publisher-feedback-fi');

    const resident = (await suite.open('/lappi/pathways/diabetesriski')).page;
    await expectHeading(resident, pathwayTitle);
    await resident.getByText('Versio 2, julkaistu').waitFor();
    await resident.getByRole('heading', { name: `Vaihe 1: ${newStageTitle.fi}` }).waitFor();
    await resident.getByText('Mitä tässä versiossa muuttui?').click();
    await resident.getByText(changeSummary.fi).waitFor();
  });
});
