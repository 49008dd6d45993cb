import { startBenchPlatform } from './bench-platform';
import { benchCatalogSearch } from './catalog-search';
import { benchMembershipCheck } from './membership-check';
import { benchNetworkFeed } from './network-feed';
import { benchPathwayRead } from './pathway-read';
import { benchProcedures } from './procedures';
import { benchReferrals } from './referrals';

const main = async () => {
  const platform = await startBenchPlatform();
  try {
    await benchProcedures(platform);
    await benchMembershipCheck(platform);
    await benchCatalogSearch(platform);
    await benchNetworkFeed(platform);
    await benchReferrals(platform);
    await benchPathwayRead(platform);
  } finally {
    platform.client.destroy();
    await platform.dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
