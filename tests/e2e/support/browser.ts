import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Debian's Chromium, headless. */
export const launchBrowser = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`The browser tests need Chromium at ${chromiumPath} (Debian: apt-get install -y chromium).`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs });
};

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Console errors other than failed requests (which the API's 4xx answers cause on purpose). */
  consoleErrors: string[];
  /** Every `/trpc` request the page made, as `METHOD /path`. */
  apiCalls: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
}

/** A fresh browser context (empty storage, Finnish locale for the browser's own controls) with one page at `path`, watched for errors. */
export const openPage = async (browser: Browser, baseURL: string, path: string, options: OpenOptions = {}): Promise<OpenedPage> => {
  const context = await browser.newContext({ baseURL, locale: 'fi-FI', viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const opened: OpenedPage = { page, context, pageErrors: [], consoleErrors: [], apiCalls: [], close: () => context.close() };
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) opened.consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/trpc')) opened.apiCalls.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(path);
  return opened;
};

const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));

/**
 * A screenshot into `tests/e2e/screenshots/<name>.png` (git-ignored) for a person to look at:
 * the full page, or only what the window shows (for long pages on a small screen).
 */
export const screenshot = async (page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> => {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
};
