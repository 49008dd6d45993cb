import type { TableAccess } from '@linkki/db';
import { helsinkiDayOf, type Organisation, type SearchIndex } from '@linkki/domain';
import { buildCatalogState, type CatalogState, catchUpCatalogState, changeFeedOverlapMs } from './catalog-state';
import { decodeSearchSnapshot } from './search-snapshot';
import type { SearchSnapshotStore } from './search-snapshot-store';
import { type VisibleActivities, visibleActivities } from './visible-activities';

/**
 * A county's catalog as residents see it today (in Helsinki): the index holds every published listing (a
 * search passes the day), `activities` only those inside their validity period.
 */
export interface TenantCatalog {
  index: SearchIndex;
  activities: VisibleActivities;
  organisations: ReadonlyMap<string, Organisation>;
}

/** How the cache got a county's catalog, for the log. */
export type CatalogSource =
  { kind: 'snapshot'; bytes: number; changes: number } | { kind: 'table'; reason: 'no snapshot store' | 'no snapshot' | 'snapshot unreadable' | 'snapshot unusable'; error?: unknown };

export interface CatalogSearchCacheOptions {
  tables: TableAccess;
  /** Where the writer job keeps each county's snapshot; without one, every container builds from the table. */
  snapshots?: SearchSnapshotStore;
  /** How old the index may be before a search first reads the change feed. */
  freshnessMs?: number;
  /** How far back each read of the change feed reaches, to catch writes whose index entry arrived late. */
  overlapMs?: number;
  /**
   * How long a county's catalog serves before it is loaded again in the background from the newest
   * snapshot: the change feed carries listings, not organisation renames or what the job's daily
   * rebuild from the table repairs.
   */
  reloadAfterMs?: number;
  now?: () => Date;
  /** Told how each county's catalog was loaded (a build from the table is worth a warning in AWS). */
  onLoad?: (tenantId: string, source: CatalogSource) => void;
}

interface TenantEntry {
  state: CatalogState;
  syncing: Promise<void> | null;
  loadedAt: number;
  reloading: boolean;
}

/**
 * Each warm API container keeps one search index per county, loaded on the county's first request
 * from the snapshot the writer job keeps (a build from the table only where there is none or it is
 * unusable), then kept fresh by reading the county's change feed at most every `freshnessMs`: an
 * edit shows in search within about a second, and a search costs no table read in between. The
 * day is applied per query, so nothing is rebuilt when it changes.
 *
 * Loaded per county on its first request rather than every county at container start: a container
 * mostly serves a few counties, and holding every county's catalog in each would grow its memory
 * with the platform; a snapshot loads within the first search's budget anyway.
 */
export const createCatalogSearchCache = ({
  tables,
  snapshots,
  freshnessMs = 1_000,
  overlapMs = changeFeedOverlapMs,
  reloadAfterMs = 15 * 60_000,
  now = () => new Date(),
  onLoad = () => undefined,
}: CatalogSearchCacheOptions) => {
  const entries = new Map<string, Promise<TenantEntry>>();

  const fromSnapshot = async (tenantId: string): Promise<CatalogState | null> => {
    if (!snapshots) {
      onLoad(tenantId, { kind: 'table', reason: 'no snapshot store' });
      return null;
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await snapshots.read(tenantId);
    } catch (error) {
      // Residents are still answered, at the cost of a build: the store's failure is only logged.
      onLoad(tenantId, { kind: 'table', reason: 'snapshot unreadable', error });
      return null;
    }
    if (!bytes) {
      onLoad(tenantId, { kind: 'table', reason: 'no snapshot' });
      return null;
    }
    let state: CatalogState;
    try {
      state = decodeSearchSnapshot(tenantId, bytes);
    } catch (error) {
      onLoad(tenantId, { kind: 'table', reason: 'snapshot unusable', error });
      return null;
    }
    // A failed read of the change feed fails this load (the next request tries again); it says nothing against the snapshot.
    const changes = await catchUpCatalogState(tables, tenantId, state, now(), overlapMs);
    onLoad(tenantId, { kind: 'snapshot', bytes: bytes.length, changes });
    return state;
  };

  const load = async (tenantId: string): Promise<TenantEntry> => {
    const loadedAt = now().getTime();
    const state = (await fromSnapshot(tenantId)) ?? (await buildCatalogState(tables, tenantId, now()));
    return { state, syncing: null, loadedAt, reloading: false };
  };

  /** Swaps in a newly loaded catalog when it is ready; searches meanwhile answer from the one they have, and a failed reload keeps it. */
  const reloadInBackground = (tenantId: string, entry: TenantEntry): void => {
    if (entry.reloading || now().getTime() - entry.loadedAt <= reloadAfterMs) return;
    entry.reloading = true;
    load(tenantId).then(
      (next) => entries.set(tenantId, Promise.resolve(next)),
      () => {
        entry.reloading = false;
      },
    );
  };

  const fresh = async (tenantId: string, entry: TenantEntry): Promise<CatalogState> => {
    if (now().getTime() - entry.state.watermark <= freshnessMs) return entry.state;
    entry.syncing ??= catchUpCatalogState(tables, tenantId, entry.state, now(), overlapMs)
      .then(() => undefined)
      .finally(() => {
        entry.syncing = null;
      });
    await entry.syncing;
    return entry.state;
  };

  return {
    /** The county's catalog as of now; concurrent first requests share one load. */
    async forTenant(tenantId: string): Promise<TenantCatalog> {
      let pending = entries.get(tenantId);
      if (!pending) {
        pending = load(tenantId);
        entries.set(tenantId, pending);
        pending.catch(() => entries.delete(tenantId));
      }
      const entry = await pending;
      reloadInBackground(tenantId, entry);
      const state = await fresh(tenantId, entry);
      return { index: state.index, organisations: state.organisations, activities: visibleActivities(state.activities, helsinkiDayOf(now())) };
    },
  };
};

export type CatalogSearchCache = ReturnType<typeof createCatalogSearchCache>;
