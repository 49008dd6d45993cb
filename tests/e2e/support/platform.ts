import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningPlatform, startPlatform } from '@linkki/local';

/** The built web app the platform serves at `/`. */
export const webRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** The whole platform in memory on a free port, with the demo data and the built web app. */
export const startTestPlatform = async (): Promise<RunningPlatform> => {
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error('The web app is not built (web/dist/index.html is missing): run `pnpm --filter @linkki/web build` before the browser tests.');
  }
  return startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot });
};
