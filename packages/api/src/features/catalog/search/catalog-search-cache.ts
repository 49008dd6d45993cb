import { type Activity, createActivityRepository, createOrganisationRepository, type TableAccess } from '@linkki/db';
import { createSearchIndex, helsinkiDayOf, type Organisation, type SearchIndex } from '@linkki/domain';
import { isVisibleToResidents } from './activity-visibility';
import { searchDocumentOf } from './search-document';

/** A tenant's published, currently valid listings, indexed for search. */
export interface TenantCatalog {
  index: SearchIndex;
  activities: ReadonlyMap<string, Activity>;
  organisations: ReadonlyMap<string, Organisation>;
}

interface TenantState extends TenantCatalog {
  activities: Map<string, Activity>;
  organisations: Map<string, Organisation>;
  builtFor: string;
  syncedAt: number;
  syncing: Promise<void> | null;
}

export interface CatalogSearchCacheOptions {
  tables: TableAccess;
  /** How old the index may be before a search first reads the change feed. */
  freshnessMs?: number;
  /** How far back each read of the change feed reaches, to catch writes whose index entry arrived late. */
  overlapMs?: number;
  now?: () => Date;
}

/**
 * Each warm API container keeps one search index per tenant. It is built from the published set
 * once (and again when the Helsinki day changes, so validity periods take effect), then kept fresh by
 * reading the tenant's change feed at most every `freshnessMs`: an edit shows in search within
 * about a second, and a search costs no table read in between.
 */
export const createCatalogSearchCache = ({ tables, freshnessMs = 1_000, overlapMs = 5_000, now = () => new Date() }: CatalogSearchCacheOptions) => {
  const states = new Map<string, Promise<TenantState>>();

  const place = (state: TenantState, activity: Activity, today: string) => {
    const known = state.activities.get(activity.id);
    if (known && known.version >= activity.version) return;
    const organisation = state.organisations.get(activity.content.organisationId);
    if (isVisibleToResidents(activity, today) && organisation) {
      state.activities.set(activity.id, activity);
      state.index.upsert(searchDocumentOf(activity, organisation.name.fi, today));
    } else {
      state.activities.delete(activity.id);
      state.index.remove(activity.id);
    }
  };

  const build = async (tenantId: string): Promise<TenantState> => {
    const startedAt = now();
    const today = helsinkiDayOf(startedAt);
    const organisations = new Map((await createOrganisationRepository({ gateway: tables.tenant(tenantId), tenantId }).list()).map((organisation) => [organisation.id, organisation]));
    const state: TenantState = { index: createSearchIndex(), activities: new Map(), organisations, builtFor: today, syncedAt: startedAt.getTime(), syncing: null };
    await createActivityRepository({ gateway: tables.tenant(tenantId), tenantId }).forEachPublished((activity) => place(state, activity, today));
    return state;
  };

  const sync = async (tenantId: string, state: TenantState): Promise<void> => {
    const startedAt = now();
    const today = helsinkiDayOf(startedAt);
    const activities = createActivityRepository({ gateway: tables.tenant(tenantId), tenantId });
    const watermark = new Date(state.syncedAt - overlapMs).toISOString();
    let cursor: string | undefined;
    do {
      const page = await activities.changesSince(watermark, cursor);
      for (const activity of page.items) {
        if (!state.organisations.has(activity.content.organisationId)) await loadOrganisation(tenantId, state, activity.content.organisationId);
        place(state, activity, today);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    state.syncedAt = startedAt.getTime();
  };

  const loadOrganisation = async (tenantId: string, state: TenantState, organisationId: string) => {
    const organisation = await createOrganisationRepository({ gateway: tables.tenant(tenantId), tenantId }).byId(organisationId);
    if (organisation) state.organisations.set(organisation.id, organisation);
  };

  const fresh = async (tenantId: string, state: TenantState): Promise<TenantState> => {
    if (now().getTime() - state.syncedAt <= freshnessMs) return state;
    state.syncing ??= sync(tenantId, state).finally(() => {
      state.syncing = null;
    });
    await state.syncing;
    return state;
  };

  return {
    async forTenant(tenantId: string): Promise<TenantCatalog> {
      let pending = states.get(tenantId);
      const current = pending ? await pending.catch(() => null) : null;
      if (!current || current.builtFor !== helsinkiDayOf(now())) {
        pending = build(tenantId);
        states.set(tenantId, pending);
        pending.catch(() => states.delete(tenantId));
        return pending;
      }
      return fresh(tenantId, current);
    },
  };
};

export type CatalogSearchCache = ReturnType<typeof createCatalogSearchCache>;
