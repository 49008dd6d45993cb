import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useBrowserSuite } from './support/suite';
import { expectHeading, mainNav, pageWidth, signInAs } from './support/ui';

const suite = useBrowserSuite();
const tenant = 'pohjois-savo';
const coordinator = 'Tiina Karvonen';

const loaded = (page: Page) => page.locator('.loading').first().waitFor({ state: 'hidden' });

/** Runs one search on the access log page and waits for its table. */
const searchBy = async (page: Page, by: string, value: string, caption: string) => {
  await page.getByLabel('Hakuperuste').selectOption({ label: by });
  await page.getByRole('textbox').fill(value);
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table;
};

describe('the access log page', () => {
  it('finds a coordinator’s accesses by user and by client, exports them, and logs the export', async () => {
    const { page } = await suite.open(`/${tenant}/`);
    await signInAs(page, tenant, coordinator);
    await mainNav(page).getByRole('link', { name: 'Lähetteiden koordinointi' }).click();
    // The coordination home lists the county's requested referrals: each listed client is logged.
    await page.getByRole('region', { name: 'Lähettiä odottavat lähetteet' }).getByRole('listitem').first().waitFor();
    await loaded(page);

    await page.getByRole('link', { name: 'Käyttöloki' }).click();
    await expectHeading(page, 'Käyttöloki');
    await expectNoAxeViolations(page, 'the access log search (fi)');

    const byUser = await searchBy(page, 'Käyttäjä', 'demo-coordinator', 'Käyttötapahtumat: Käyttäjä demo-coordinator');
    const listed = byUser.getByRole('row').filter({ hasText: 'Listaus' }).first();
    await listed.waitFor();
    await expect(listed.getByRole('cell').nth(6).textContent()).resolves.toBe('Koordinointi');
    const referralId = (await listed.getByRole('cell').nth(4).textContent()) ?? '';
    expect(referralId).toMatch(/^ref-/);
    await expectNoAxeViolations(page, 'the access log by user (fi)');

    const byClient = await searchBy(page, 'Asiakas (lähete)', referralId, `Käyttötapahtumat: Asiakas (lähete) ${referralId}`);
    await byClient.getByRole('cell', { name: 'Listaus' }).first().waitFor();
    const exported = page.waitForResponse((response) => response.url().includes('referrals.accessLogCsv'));
    await page.getByRole('button', { name: 'Lataa CSV' }).click();
    // The client batches its calls: the answer is a list with this call's result in it.
    const [body] = (await (await exported).json()) as [{ result: { data: { filename: string; csv: string } } }];
    expect(body.result.data.filename).toBe(`access-log-${tenant}-client-${referralId}.csv`);
    expect(body.result.data.csv.split('\r\n')[0]).toBe('at;userId;role;unitId;referralId;action;purpose;detail');
    const exportRow = byClient.getByRole('row').filter({ hasText: 'Käyttölokin lataus' }).first();
    await exportRow.waitFor();
    await expect(exportRow.getByRole('cell').nth(6).textContent()).resolves.toBe('Lokivalvonta');
    await screenshot(page, 'coordination-access-log');

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the access log at 360 px (fi)');
    await screenshot(page, 'coordination-access-log-360');
  });
});
