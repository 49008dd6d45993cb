import { startBenchPlatform, type BenchPlatform } from './bench-platform';
import { benchCatalogSearch } from './catalog-search';
import { printCostModel } from './cost-model';
import { benchLambdaBundle } from './lambda-bundle';
import { benchLighthouse } from './lighthouse';
import { benchMembershipCheck } from './membership-check';
import { benchNetworkFeed } from './network-feed';
import { benchPathwayRead } from './pathway-read';
import { benchProcedures } from './procedures';
import { benchReferrals } from './referrals';
import { benchSearchPrecision } from './search-precision';
import { benchSearchSnapshotCodec } from './search-snapshot-codec';

/** Every part of the bench, in the order it prints. `BENCH_ONLY=procedures,search` runs only those parts. */
const parts: Record<string, (platform: BenchPlatform) => Promise<void>> = {
  procedures: benchProcedures,
  membership: benchMembershipCheck,
  search: benchCatalogSearch,
  precision: benchSearchPrecision,
  snapshot: benchSearchSnapshotCodec,
  feed: benchNetworkFeed,
  referrals: benchReferrals,
  pathways: benchPathwayRead,
  lighthouse: benchLighthouse,
  lambda: benchLambdaBundle,
  // Last: the county's monthly figure from the measured costs per procedure.
  cost: printCostModel,
};

const selected = (): string[] => {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!only?.length) return Object.keys(parts);
  const unknown = only.filter((name) => !(name in parts));
  if (unknown.length) throw new Error(`BENCH_ONLY names unknown parts: ${unknown.join(', ')} (known: ${Object.keys(parts).join(', ')})`);
  return only;
};

const main = async () => {
  const names = selected();
  const platform = await startBenchPlatform();
  try {
    for (const name of names) await parts[name]?.(platform);
  } finally {
    platform.client.destroy();
    await platform.dynamo.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
