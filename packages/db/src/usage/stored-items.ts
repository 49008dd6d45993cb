import type { LastKey } from '../cursor';
import { keyPrefixes } from '../table';
import type { TableGateway } from '../table-gateway';

export interface StoredItemsTally {
  /** Items per county, by the tenant segment of their partition key. */
  byTenant: Map<string, number>;
  /** Items of the platform, national pathways and the network: no county's. */
  shared: number;
  /** False when a segment stopped at its page budget before reaching its end. */
  complete: boolean;
}

export interface StoredItemsOptions {
  /** Segments of the parallel scan, read at the same time. */
  segments?: number;
  /** Pages (of up to 1 MB read each) one segment may read in a run. */
  maxPagesPerSegment?: number;
}

/** The county a partition key belongs to (`T#<tenant>` or `T#<tenant>#…`), or null for shared data. */
export const tenantOfPartitionKey = (partitionKey: string): string | null => {
  const [owner, tenant] = partitionKey.split('#');
  return owner === keyPrefixes.tenant && tenant ? tenant : null;
};

/**
 * Counts every item of the table by the county its partition key names. DynamoDB keeps no count
 * per key prefix, so this is a parallel Scan that returns partition keys only: read capacity is
 * still charged for whole items (about 131,000 read units per GB, eventually consistent), which
 * once a day is cents per GB. Each segment reads at most `maxPagesPerSegment` pages per run.
 */
export const countStoredItemsByTenant = async (gateway: TableGateway, { segments = 4, maxPagesPerSegment = 500 }: StoredItemsOptions = {}): Promise<StoredItemsTally> => {
  const tally: StoredItemsTally = { byTenant: new Map(), shared: 0, complete: true };
  const readSegment = async (segment: number) => {
    let startKey: LastKey | undefined;
    for (let pages = 0; pages < maxPagesPerSegment; pages += 1) {
      const page = await gateway.scanPartitionKeys({ segment, segments, startKey });
      for (const partitionKey of page.partitionKeys) {
        const tenant = tenantOfPartitionKey(partitionKey);
        if (tenant) tally.byTenant.set(tenant, (tally.byTenant.get(tenant) ?? 0) + 1);
        else tally.shared += 1;
      }
      if (!page.nextKey) return;
      startKey = page.nextKey;
    }
    tally.complete = false;
  };
  await Promise.all(Array.from({ length: segments }, (_, segment) => readSegment(segment)));
  return tally;
};
