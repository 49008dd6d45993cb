import { type Activity, createActivityRepository, createOrganisationRepository, type TableAccess } from '@linkki/db';
import { createSearchIndex, deserializeSearchIndex, type Organisation, type SearchIndex, type SearchIndexOptions } from '@linkki/domain';
import { CatalogActivities } from './catalog-activities';
import { searchDocumentOf } from './search-document';

/**
 * A county's published listings and their organisations, with the search index over them. It
 * holds every published listing, whatever its validity: the query applies the day, so the state
 * never needs rebuilding when the day changes.
 */
export interface CatalogState {
  index: SearchIndex;
  activities: CatalogActivities;
  organisations: Map<string, Organisation>;
  /** Epoch ms: every change made before this instant is in the state (the next catch-up reads the change feed from here, less the overlap). */
  watermark: number;
  /** Epoch ms of the last build from the table; snapshots carried forward by catch-ups keep it. */
  builtAt: number;
}

/**
 * The engine's options for every county index, built or loaded: they are query-time configuration
 * (a synonym table) that a snapshot does not carry, so both paths take them from here.
 */
const indexOptions: SearchIndexOptions = {};

/** An index loaded from the bytes `serializeSearchIndex` wrote. */
export const catalogIndexFrom = (bytes: Uint8Array): SearchIndex => deserializeSearchIndex(bytes, indexOptions);

/** How far back each read of the change feed reaches, to catch writes whose index entry arrived late. */
export const changeFeedOverlapMs = 5_000;

const organisationsOf = (tables: TableAccess, tenantId: string) => createOrganisationRepository({ gateway: tables.tenant(tenantId), tenantId });
const activitiesOf = (tables: TableAccess, tenantId: string) => createActivityRepository({ gateway: tables.tenant(tenantId), tenantId });

/** Puts the listing's latest state in: indexed while published under a known organisation, otherwise taken out. */
export const placeActivity = (state: CatalogState, activity: Activity): void => {
  const known = state.activities.get(activity.id);
  if (known && known.version >= activity.version) return;
  const organisation = state.organisations.get(activity.content.organisationId);
  if (activity.status === 'published' && organisation) {
    state.activities.set(activity);
    state.index.upsert(searchDocumentOf(activity, organisation.name.fi));
  } else {
    state.activities.delete(activity.id);
    state.index.remove(activity.id);
  }
};

/** Reads the county's organisations and every published listing: the path a snapshot saves. */
export const buildCatalogState = async (tables: TableAccess, tenantId: string, at: Date): Promise<CatalogState> => {
  const organisations = new Map((await organisationsOf(tables, tenantId).list()).map((organisation) => [organisation.id, organisation]));
  const state: CatalogState = { index: createSearchIndex([], indexOptions), activities: new CatalogActivities(), organisations, watermark: at.getTime(), builtAt: at.getTime() };
  await activitiesOf(tables, tenantId).forEachPublished((activity) => placeActivity(state, activity));
  return state;
};

const loadOrganisation = async (tables: TableAccess, tenantId: string, state: CatalogState, organisationId: string): Promise<void> => {
  const organisation = await organisationsOf(tables, tenantId).byId(organisationId);
  if (organisation) state.organisations.set(organisation.id, organisation);
};

/**
 * Applies what the change feed holds since the state's watermark (less `overlapMs`) and moves the
 * watermark to `at`, the moment the read started. Returns how many changed listings it read.
 */
export const catchUpCatalogState = async (tables: TableAccess, tenantId: string, state: CatalogState, at: Date, overlapMs = changeFeedOverlapMs): Promise<number> => {
  const activities = activitiesOf(tables, tenantId);
  const since = new Date(state.watermark - overlapMs).toISOString();
  let read = 0;
  let cursor: string | undefined;
  do {
    const page = await activities.changesSince(since, cursor);
    for (const activity of page.items) {
      if (!state.organisations.has(activity.content.organisationId)) await loadOrganisation(tables, tenantId, state, activity.content.organisationId);
      placeActivity(state, activity);
    }
    read += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  state.watermark = at.getTime();
  return read;
};

/**
 * Reads the county's organisations again and re-indexes the listings of each whose name changed
 * (the name is searchable, and a rename is no listing change the feed would carry). One query.
 */
export const refreshOrganisations = async (tables: TableAccess, tenantId: string, state: CatalogState): Promise<number> => {
  const renamed = new Set<string>();
  for (const organisation of await organisationsOf(tables, tenantId).list()) {
    const known = state.organisations.get(organisation.id);
    if (known && known.name.fi !== organisation.name.fi) renamed.add(organisation.id);
    state.organisations.set(organisation.id, organisation);
  }
  if (renamed.size === 0) return 0;
  for (const activity of state.activities.values()) {
    const organisation = state.organisations.get(activity.content.organisationId);
    if (organisation && renamed.has(organisation.id)) state.index.upsert(searchDocumentOf(activity, organisation.name.fi));
  }
  return renamed.size;
};
