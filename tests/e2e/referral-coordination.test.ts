import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, signInAs } from './support/ui';

const suite = useBrowserSuite();
const tenant = 'pohjois-savo';
const coordinator = 'Tiina Karvonen';

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
    await byState.getByRole('row', { name: /^Valmis\b/ }).first().waitFor();
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
