import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { platformKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';

/**
 * Who was handed a link to a county's export archive, and when: the archive holds all of the
 * county's personal data. Platform items, append-only, kept after the county's own items are
 * deleted: `pk = PLATFORM#EXPORT-DOWNLOADS`, `sk = <slug>#<at>#<id>`.
 */
const downloadsPartition = platformKey('EXPORT-DOWNLOADS');

const downloadItemSchema = storedItemSchema.extend({ entity: z.literal('exportDownload'), county: z.string(), at: z.string(), by: z.string() });

export interface ExportDownload {
  at: string;
  by: string;
}

export const createExportDownloadRepository = (gateway: TableGateway) => ({
  async record(county: string, download: ExportDownload): Promise<void> {
    await gateway.putNew({ pk: downloadsPartition, sk: `${county}#${download.at}#${randomUUID()}`, entity: 'exportDownload', county, ...download });
  },

  /** The county's downloads, oldest first (a county's archive is fetched a handful of times). */
  async of(county: string): Promise<ExportDownload[]> {
    const page = await gateway.queryPage({ schema: downloadItemSchema, partition: downloadsPartition, sortKeyBeginsWith: `${county}#`, limit: 100 });
    return page.items.map(({ at, by }) => ({ at, by }));
  },
});
