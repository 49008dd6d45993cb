import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import * as z from 'zod';
import { type RunningPlatform, startPlatform } from './platform';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  LINKKI_DATA_DIR: z.string().min(1).default('.data'),
});

const stopThenExit = (platform: RunningPlatform): void => {
  platform.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};

const main = async (): Promise<void> => {
  const environment = environmentSchema.parse(process.env);
  const webRoot = resolve(repositoryRoot, 'web/dist');
  let stopping = false;
  let platform: RunningPlatform | null = null;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[linkki] ${signal}: stopping`);
    // A signal during start-up is handled once the start is done: only then is there a Java process to stop.
    if (platform) stopThenExit(platform);
  };
  // Listening before the start, so Ctrl-C while the demo data is seeded does not leave Java running.
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  platform = await startPlatform({
    port: environment.PORT,
    host: environment.HOST,
    dataDir: resolve(repositoryRoot, environment.LINKKI_DATA_DIR),
    webRoot: existsSync(webRoot) ? webRoot : null,
    log: (message) => console.log(`[linkki] ${message}`),
  });
  if (stopping) return stopThenExit(platform);
  console.log(`[linkki] ready at ${platform.url}  (API ${platform.url}/trpc, health ${platform.url}/health)`);
};

main().catch((error: unknown) => {
  console.error(`[linkki] could not start: ${(error as Error).message}`);
  process.exit(1);
});
