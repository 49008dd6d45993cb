import { startBenchPlatform } from './bench-platform';
import { benchCatalogSearch } from './catalog-search';
import { benchProcedures } from './procedures';

const main = async () => {
  const platform = await startBenchPlatform();
  try {
    await benchProcedures(platform);
    await benchCatalogSearch(platform);
  } finally {
    platform.client.destroy();
    await platform.dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
