import { createTenantRepository, type TableAccess } from '@linkki/db';
import { buildCatalogState, type CatalogState, catchUpCatalogState, refreshOrganisations } from './catalog-state';
import { decodeSearchSnapshot, encodeSearchSnapshot, CatalogSnapshotInvalidError } from './search-snapshot';
import type { SearchSnapshotStore } from './search-snapshot-store';

/** A snapshot carried forward by catch-ups is built again from the table once a day: anything the change feed missed goes no further. */
export const snapshotRebuildAfterMs = 24 * 60 * 60 * 1000;

export interface SearchSnapshotJobContext {
  tables: TableAccess;
  snapshots: SearchSnapshotStore;
  now: Date;
}

export interface SearchSnapshotReport {
  written: Array<{ county: string; from: 'snapshot' | 'table'; changes: number; listings: number; bytes: number }>;
  /** Counties whose earlier snapshot could not be used, and why: each was built from the table instead. */
  unusable: Array<{ county: string; error: string }>;
  failed: Array<{ county: string; error: string }>;
}

const previousOf = async ({ snapshots, now }: SearchSnapshotJobContext, county: string, report: SearchSnapshotReport): Promise<CatalogState | null> => {
  const bytes = await snapshots.read(county);
  if (!bytes) return null;
  try {
    const state = decodeSearchSnapshot(county, bytes);
    return now.getTime() - state.builtAt < snapshotRebuildAfterMs ? state : null;
  } catch (error) {
    if (!(error instanceof CatalogSnapshotInvalidError)) throw error;
    report.unusable.push({ county, error: error.message });
    return null;
  }
};

const writeCounty = async (context: SearchSnapshotJobContext, county: string, report: SearchSnapshotReport): Promise<void> => {
  const { tables, snapshots, now } = context;
  const previous = await previousOf(context, county, report);
  let changes = 0;
  let state: CatalogState;
  if (previous) {
    state = previous;
    await refreshOrganisations(tables, county, state);
    changes = await catchUpCatalogState(tables, county, state, now);
  } else {
    state = await buildCatalogState(tables, county, now);
  }
  const bytes = encodeSearchSnapshot(county, state);
  await snapshots.write(county, bytes);
  report.written.push({ county, from: previous ? 'snapshot' : 'table', changes, listings: state.activities.size, bytes: bytes.length });
};

/**
 * Run every few minutes: brings each active county's search snapshot up to date, from its previous
 * snapshot and the change feed (one or two queries when little changed), or from the table where
 * there is none, it is unusable or a day old. API containers load these instead of building.
 */
export const writeSearchSnapshots = async (context: SearchSnapshotJobContext): Promise<SearchSnapshotReport> => {
  const report: SearchSnapshotReport = { written: [], unusable: [], failed: [] };
  const counties = (await createTenantRepository(context.tables.platform).list()).filter((tenant) => tenant.status === 'active');
  for (const { slug } of counties) {
    try {
      await writeCounty(context, slug, report);
    } catch (error) {
      // One county's failure leaves its previous snapshot in place and the others still written.
      report.failed.push({ county: slug, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (report.failed.length > 0) throw new SearchSnapshotsFailedError(report);
  return report;
};

/** A run in which some county's snapshot was not written; the others' are, and in the report. */
export class SearchSnapshotsFailedError extends Error {
  override readonly name = 'SearchSnapshotsFailedError';
  constructor(readonly report: SearchSnapshotReport) {
    super(`Search snapshots not written for ${report.failed.map(({ county, error }) => `${county} (${error})`).join(', ')}`);
  }
}
