import type { CatalogSource } from '@linkki/api';
import { logger } from '../powertools';

/**
 * How a container got a county's search index. A build from the table is what snapshots exist to
 * avoid (seconds and thousands of read units at a large county), so it is a warning wherever a
 * snapshot store is configured, with the reason.
 */
export const logCatalogLoad = (tenantId: string, source: CatalogSource): void => {
  if (source.kind === 'snapshot') logger.info('search index loaded from snapshot', { tenantId, bytes: source.bytes, changes: source.changes });
  else if (source.reason === 'no snapshot store') logger.info('search index built from the table: no snapshot store', { tenantId });
  else logger.warn(`search index built from the table: ${source.reason}`, { tenantId, ...(source.error ? { error: source.error } : {}) });
};
