import axe, { type AxeResults, type Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA: the level the law requires of public-sector services. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's global, as axe-core installs it (the tests compile without DOM typings). */
declare const window: { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } };
declare const document: unknown;

const describeViolation = (violation: Result): string => {
  const nodes = violation.nodes.map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
  return `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
};

/** Runs axe-core in the page and fails with a readable list if any WCAG 2.1 AA rule is violated. */
export const expectNoAxeViolations = async (page: Page, label: string): Promise<void> => {
  await page.evaluate(axe.source);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), wcagTags);
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} accessibility violation(s) on ${label}:\n${results.violations.map(describeViolation).join('\n')}`);
  }
};
