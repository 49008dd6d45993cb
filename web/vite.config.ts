import react from '@vitejs/plugin-react';
import { defineConfig, type IndexHtmlTransformContext, type Plugin } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type OutputChunk = Extract<OutputBundle[string], { type: 'chunk' }>;

/**
 * Where residents land (a county's home, its search and a listing, in the county's frame) and the
 * Finnish messages. The app loads them only once its entry has run; named in the page itself, they
 * download together with the entry instead. No staff page is among them.
 */
const residentFirstWave = [
  'src/i18n/locales/fi.ts',
  'src/app/routes/tenant-layout.route.tsx',
  'src/app/routes/tenant-home.route.tsx',
  'src/app/routes/activities.route.tsx',
  'src/app/routes/activity.route.tsx',
];

/** The chunks of `modules` and every chunk they import, by file name. */
const chunkFilesOf = (bundle: OutputBundle, modules: readonly string[]): Set<string> => {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const files = new Set<string>();
  const add = (fileName: string): void => {
    const chunk = bundle[fileName];
    if (files.has(fileName) || chunk?.type !== 'chunk') return;
    files.add(fileName);
    chunk.imports.forEach(add);
  };
  for (const module of modules) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/${module}`));
    if (!chunk) throw new Error(`No chunk holds ${module}: update the resident pages preloaded in vite.config.ts.`);
    add(chunk.fileName);
  }
  return files;
};

/** Adds a `modulepreload` link for each of the resident's first-wave chunks that the page does not name yet. */
const preloadResidentPages = (): Plugin => {
  let base = '/';
  return {
    name: 'linkki:preload-resident-pages',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        bundle
          ? [...chunkFilesOf(bundle, residentFirstWave)]
              .filter((file) => !html.includes(`${base}${file}`))
              .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }))
          : [],
    },
  };
};

/** The local platform (`pnpm start` / `pnpm dev`) serves the API; Vite proxies to it in development. */
const platformUrl = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), preloadResidentPages()],
  server: {
    // No `changeOrigin`: the platform must see the browser's Host (localhost:5173) to answer
    // /config.json with this origin's sign-in redirect URIs.
    proxy: {
      '/trpc': platformUrl,
      '/health': platformUrl,
      '/dev': platformUrl,
      '/oidc': platformUrl,
      '/config.json': platformUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // `.vite/manifest.json` maps each source module to its chunk and that chunk's imports: the bundle
    // budget test follows it to add up what a page's first load fetches.
    manifest: true,
  },
});
