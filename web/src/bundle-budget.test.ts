import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * What a resident's phone may download of JavaScript, compressed, before the first page works.
 * Counted in kB of 1,000 bytes, gzip at level 9 as a CDN compresses: Brotli, which CloudFront
 * prefers, only makes the real figure smaller. The goal is 100 kB; the libraries of the resident
 * path alone (react-dom, react-router, i18next, TanStack Query, the tRPC client) are ~140 kB, so
 * this is a ratchet at today's ~176 kB: it catches growth and comes down as they are replaced.
 */
const budgetBytes = 180_000;

/** The built app (`pnpm --filter @linkki/web build`; the README test command builds it first). */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifestPath = `${dist}.vite/manifest.json`;

/** One module of Vite's build manifest, keyed by its source path relative to `web/`. */
interface ManifestChunk {
  file: string;
  imports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** The entry (`index.html`) and, per resident page, the route modules React Router loads for it: the county layout and the page. */
const entry = 'index.html';
const firstMessages = 'src/i18n/locales/fi.ts';
const residentPages = [
  { page: 'county home /:tenant', routes: ['src/app/routes/tenant-layout.route.tsx', 'src/app/routes/tenant-home.route.tsx'] },
  { page: 'search /:tenant/activities', routes: ['src/app/routes/tenant-layout.route.tsx', 'src/app/routes/activities.route.tsx'] },
  { page: 'listing /:tenant/activities/:id', routes: ['src/app/routes/tenant-layout.route.tsx', 'src/app/routes/activity.route.tsx'] },
];

const readManifest = (): Manifest => {
  if (!existsSync(manifestPath)) throw new Error(`No build manifest at ${manifestPath}: build the web app first (pnpm --filter @linkki/web build).`);
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
};

/** The modules' chunks and every chunk they import statically, which the browser fetches before running them. */
const staticClosure = (manifest: Manifest, keys: readonly string[]): string[] => {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no module ${key}: was it renamed? Update the resident pages in this test.`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files];
};

const gzippedSize = (file: string): number => gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length;

/** Each chunk a first load of the page fetches, largest first, with its compressed size. */
const firstLoadOf = (manifest: Manifest, routes: readonly string[]): Array<{ file: string; bytes: number }> =>
  staticClosure(manifest, [entry, ...routes, firstMessages])
    .map((file) => ({ file, bytes: gzippedSize(file) }))
    .sort((a, b) => b.bytes - a.bytes);

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

describe('resident pages JavaScript budget', () => {
  const manifest = readManifest();

  it.each(residentPages)('a first load of the $page fetches at most the budget, gzipped', ({ routes }) => {
    const chunks = firstLoadOf(manifest, routes);
    const total = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
    const listing = chunks.map((chunk) => `  ${kB(chunk.bytes).padStart(9)}  ${chunk.file}`).join('\n');
    expect(total, `${kB(total)} of JavaScript (gzip) is over the ${kB(budgetBytes)} budget; the chunks:\n${listing}`).toBeLessThanOrEqual(budgetBytes);
  });

  it('keeps the sign-in client and staff pages out of the resident pages', () => {
    const resident = new Set(residentPages.flatMap(({ routes }) => staticClosure(manifest, [entry, ...routes, firstMessages])));
    const staffOnly = ['src/app/routes/editor-layout.route.tsx', 'src/app/routes/network-layout.route.tsx', 'src/app/routes/staff.route.tsx', 'src/app/routes/sign-in.route.tsx'];
    const oidcClient = Object.keys(manifest).find((key) => key.includes('node_modules/oidc-client-ts/'));
    expect(oidcClient, 'the OIDC client should be a chunk of its own, loaded on sign-in').toBeDefined();
    const leaked = [...staffOnly, oidcClient ?? ''].filter((key) => resident.has(staticClosure(manifest, [key])[0] ?? ''));
    expect(leaked).toEqual([]);
  });
});
