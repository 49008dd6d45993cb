import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { startPlatform } from './platform';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  LINKKI_DATA_DIR: z.string().min(1).default('.data'),
});

const main = async (): Promise<void> => {
  const environment = environmentSchema.parse(process.env);
  const webRoot = resolve(repositoryRoot, 'web/dist');
  const platform = await startPlatform({
    port: environment.PORT,
    host: environment.HOST,
    dataDir: resolve(repositoryRoot, environment.LINKKI_DATA_DIR),
    webRoot: existsSync(webRoot) ? webRoot : null,
    log: (message) => console.log(`[linkki] ${message}`),
  });
  console.log(`[linkki] ready at ${platform.url}  (API ${platform.url}/trpc, health ${platform.url}/health)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[linkki] ${signal}: stopping`);
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

main().catch((error: unknown) => {
  console.error(`[linkki] could not start: ${(error as Error).message}`);
  process.exit(1);
});
