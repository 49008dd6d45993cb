import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { demoCatalogs } from '@linkki/local';
import { startTestPlatform, webRoot } from '../e2e/support/platform';
import { lighthouseFiguresOf, type LighthouseFigures, medianFigures } from './lighthouse-figures';
import { fixed } from './stats';

/** The resident pages' targets: mobile score ≥ 95, LCP ≤ 2.5 s, CLS ≤ 0.05; a miss is printed, never fails the bench. */
const targets = { score: 95, lcpMs: 2500, cls: 0.05 };

/** Per page; each figure is the median of the runs, taken figure by figure. */
const runsPerPage = 3;

const county = 'pohjois-savo';

/** The same Chromium and flags as the browser tests. */
const chromeOptions = { chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] };

/** A listing residents can open: the county's first published demo activity. */
const seededListingId = (): string => {
  const listing = demoCatalogs.find((catalog) => catalog.tenant === county)?.activities.find((activity) => (activity.status ?? 'published') === 'published');
  if (!listing) throw new Error(`The demo catalog of ${county} has no published activity to measure`);
  return listing.id;
};

const pages = (): { name: string; path: string }[] => [
  { name: 'county home', path: `/${county}` },
  { name: 'search', path: `/${county}/activities` },
  { name: 'listing', path: `/${county}/activities/${seededListingId()}` },
];

/** One Lighthouse run with its defaults: a mid-range phone, simulated slow 4G and a 4× slower CPU. */
const runOnce = async (url: string, port: number): Promise<LighthouseFigures> => {
  const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
  return lighthouseFiguresOf(result.lhr);
};

/**
 * A run that fails is reported and the median taken of the rest: on a busy machine a page can
 * miss Lighthouse's time limits, and Lighthouse 12 misreads parts of Debian Chromium 156's trace
 * (its layout-shift and LCP-element audits fail on `frame_sequence`), which can leave a run unscored.
 */
const measurePage = async (url: string, port: number): Promise<{ runs: LighthouseFigures[]; failures: string[] }> => {
  const runs: LighthouseFigures[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runsPerPage; run += 1) {
    try {
      runs.push(await runOnce(url, port));
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  return { runs, failures };
};

const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

const print = (name: string, figures: LighthouseFigures) => {
  const seconds = (ms: number) => `${fixed(ms / 1000, 2)} s`;
  console.log(
    `  ${name.padEnd(12)} score ${String(Math.round(figures.score)).padStart(3)}  FCP ${seconds(figures.fcpMs)}  LCP ${seconds(figures.lcpMs)}  TBT ${Math.round(figures.tbtMs)} ms  CLS ${fixed(figures.cls, 3)}  SI ${seconds(figures.siMs)}  JS transferred ${fixed(figures.scriptTransferBytes / 1024, 1)} KB`,
  );
  console.log(
    `  ${''.padEnd(12)} score ≥ ${targets.score} ${verdict(figures.score >= targets.score)}  LCP ≤ ${seconds(targets.lcpMs)} ${verdict(figures.lcpMs <= targets.lcpMs)}  CLS ≤ ${targets.cls} ${verdict(figures.cls <= targets.cls)}  (machine benchmark index ${Math.round(figures.benchmarkIndex)})`,
  );
};

/**
 * Lighthouse mobile (12.x; 13 needs Node 22) on the resident pages, served by the whole local
 * platform as the browser tests run it. It builds nothing: it measures whatever web/dist holds.
 */
export const benchLighthouse = async (): Promise<void> => {
  console.log(`\nLighthouse mobile, default simulated throttling, median of ${runsPerPage} runs per page (a busy machine lowers the score: see its benchmark index)`);
  if (!existsSync(join(webRoot, 'index.html'))) {
    console.log('  skipped: the web app is not built (web/dist/index.html is missing); run `pnpm build:web` first');
    return;
  }
  const platform = await startTestPlatform();
  const chrome = await launch(chromeOptions);
  try {
    for (const page of pages()) {
      const { runs, failures } = await measurePage(`${platform.url}${page.path}`, chrome.port);
      if (runs.length > 0) print(page.name, medianFigures(runs));
      for (const failure of failures) console.log(`  ${page.name.padEnd(12)} a run failed: ${failure}`);
    }
  } finally {
    chrome.kill();
    await platform.stop();
  }
};
