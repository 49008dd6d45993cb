import type { RunningPlatform } from '@linkki/local';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, type OpenedPage, type OpenOptions, openPage } from './browser';
import { startTestPlatform } from './platform';

export interface BrowserSuite {
  /** A fresh browser context at `path`; its errors and API calls are checked after the test. */
  open: (path: string, options?: OpenOptions) => Promise<OpenedPage>;
  /** The running platform's address. */
  readonly url: string;
}

/**
 * Starts the platform and Chromium for a test file, and checks after every test that each page
 * ended without uncaught exceptions or console errors (CSP violations included) and made every
 * API call by POST, so no personal data ended up in a URL.
 */
export const useBrowserSuite = (): BrowserSuite => {
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  let opened: OpenedPage[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    await Promise.all(pages.map((page) => page.close()));
    for (const { pageErrors, consoleErrors, apiCalls } of pages) {
      expect({ pageErrors, consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [] });
      expect(apiCalls.filter((call) => !call.startsWith('POST '))).toEqual([]);
    }
  });

  return {
    async open(path, options) {
      if (!browser || !platform) throw new Error('The browser suite has not started.');
      const page = await openPage(browser, platform.url, path, options);
      opened.push(page);
      return page;
    },
    get url() {
      if (!platform) throw new Error('The browser suite has not started.');
      return platform.url;
    },
  };
};
