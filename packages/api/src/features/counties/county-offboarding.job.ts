import { createTenantRepository, type ItemKey, type TableAccess, type TableGateway } from '@linkki/db';
import { type CountyDeletionReport, helsinkiDayOf, type Tenant } from '@linkki/domain';
import * as z from 'zod';
import type { ExportStore } from '../../exports/export-store';
import { createCatalogSearchCache } from '../catalog/search/catalog-search-cache';
import { hsdsCollections, hsdsMaxPerPage, hsdsPage } from '../hsds/hsds-export';
import { countyArchiveOf } from './county-archive';

/** Segments of the parallel key scan; each is read to its end before the next. */
const scanSegments = 4;

/** Attributes of the table's own bookkeeping, left out of the export. */
const keyAttributes = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'expiresAt']);

const anyItemSchema = z.record(z.string(), z.unknown());

export interface OffboardingJobContext {
  tables: TableAccess;
  exports: ExportStore;
  now: Date;
}

/** What one run did, for its log line. */
export interface OffboardingReport {
  exported: Array<{ county: string; items: number; bytes: number }>;
  deleted: Array<{ county: string; removed: number }>;
  failed: Array<{ county: string; error: string }>;
}

/** Every key of the county: scanned with the platform's key-only projection. */
const countyKeys = async (platform: TableGateway, tenantId: string): Promise<Array<ItemKey & { entity: string }>> => {
  const keys: Array<ItemKey & { entity: string }> = [];
  for (let segment = 0; segment < scanSegments; segment += 1) {
    let startKey: Parameters<TableGateway['scanTenantKeys']>[0]['startKey'];
    do {
      const page = await platform.scanTenantKeys({ tenantId, segment, segments: scanSegments, startKey });
      keys.push(...page.keys);
      startKey = page.nextKey ?? undefined;
    } while (startKey);
  }
  return keys;
};

/** The county's catalog as HSDS, every page of each collection in one document. */
const hsdsOf = async (tables: TableAccess, tenantId: string, today: string) => {
  const catalog = await createCatalogSearchCache({ tables, now: () => new Date(`${today}T12:00:00Z`) }).forTenant(tenantId);
  const collections: Record<string, unknown> = {};
  for (const collection of hsdsCollections) {
    const first = hsdsPage(tenantId, catalog, collection, 1, hsdsMaxPerPage);
    const contents = [...first.contents];
    for (let page = 2; page <= first.total_pages; page += 1) contents.push(...hsdsPage(tenantId, catalog, collection, page, hsdsMaxPerPage).contents);
    collections[collection] = { total_items: contents.length, exported_on: today, contents };
  }
  return collections;
};

const exportCounty = async ({ tables, exports, now }: OffboardingJobContext, county: Tenant & { version: number }) => {
  const keys = await countyKeys(tables.platform, county.slug);
  // The items themselves are read through the county's own session: it reaches nothing else.
  const items = await tables.tenant(county.slug).batchGet(keys, anyItemSchema);
  const itemsByEntity = new Map<string, Record<string, unknown>[]>();
  for (const item of items) {
    const entity = typeof item.entity === 'string' ? item.entity : 'unknown';
    const record = Object.fromEntries(Object.entries(item).filter(([attribute]) => !keyAttributes.has(attribute) && attribute !== 'entity'));
    itemsByEntity.set(entity, [...(itemsByEntity.get(entity) ?? []), record]);
  }
  const exportedAt = now.toISOString();
  const { archive, items: count } = countyArchiveOf({
    county: { slug: county.slug, name: county.name.fi },
    exportedAt,
    itemsByEntity,
    hsds: await hsdsOf(tables, county.slug, helsinkiDayOf(now)),
  });
  const key = `counties/${county.slug}/linkki-${county.slug}-${helsinkiDayOf(now)}.zip`;
  await exports.save(key, archive, 'application/zip');
  return { key, at: exportedAt, items: count, bytes: archive.byteLength };
};

/** Scan-and-delete passes before a run gives up on a county (the scan is eventually consistent); the next run goes on. */
const maxDeletionPasses = 10;

/**
 * Deletes every item of the county through its own session, scanning again until a pass finds
 * none. The report counts each key once; a run that stops half-way records nothing, and the next
 * run finishes the deletion and reports what it removed.
 */
const deleteCounty = async ({ tables, now }: OffboardingJobContext, county: Tenant): Promise<CountyDeletionReport> => {
  const removed = new Map<string, string>();
  for (let pass = 0; pass < maxDeletionPasses; pass += 1) {
    const keys = await countyKeys(tables.platform, county.slug);
    if (keys.length === 0) {
      const byEntity: Record<string, number> = {};
      for (const entity of removed.values()) byEntity[entity] = (byEntity[entity] ?? 0) + 1;
      return { at: now.toISOString(), removed: removed.size, byEntity };
    }
    await tables.tenant(county.slug).batchDelete(keys);
    for (const { pk, sk, entity } of keys) removed.set(`${pk}\n${sk}`, entity);
  }
  throw new Error(`Items of ${county.slug} remain after ${maxDeletionPasses} passes.`);
};

/** What the job does for one leaving county in this run. */
const stepFor = async ({ exports }: OffboardingJobContext, county: Tenant & { version: number }): Promise<'export' | 'delete' | null> => {
  const { offboarding } = county;
  if (!offboarding || offboarding.deletion) return null;
  // An archive that has expired (or was never made) is made again while the county's data is whole.
  const archived = offboarding.export !== undefined && (await exports.exists(offboarding.export.key));
  if (county.status === 'offboarding' && !archived) return 'export';
  if (offboarding.deletionConfirmedAt && (archived || county.status === 'offboarded')) return 'delete';
  return null;
};

/**
 * Run every quarter of an hour: makes the export archive of each county that has started leaving
 * (again, if it has expired), and deletes the items of each whose deletion the operator has
 * confirmed after its grace period, recording what it removed in the registry. Only counties in
 * `offboarding` or `offboarded` are touched; one county's failure does not hold up the others, and
 * the run then fails so that its alarm goes off.
 */
export const runCountyOffboarding = async (context: OffboardingJobContext): Promise<OffboardingReport> => {
  const registry = createTenantRepository(context.tables.platform);
  const report: OffboardingReport = { exported: [], deleted: [], failed: [] };
  for (const county of await registry.listVersioned()) {
    const { offboarding } = county;
    if (!offboarding || !['offboarding', 'offboarded'].includes(county.status)) continue;
    try {
      const step = await stepFor(context, county);
      if (step === 'export') {
        const made = await exportCounty(context, county);
        await registry.update(county.slug, county.version, { offboarding: { ...offboarding, export: made } });
        report.exported.push({ county: county.slug, items: made.items, bytes: made.bytes });
      } else if (step === 'delete') {
        // The registry moves first: a county marked offboarded is refused everywhere while its
        // items go, and a run that stops half-way is finished by the next one.
        const marked = county.status === 'offboarded' ? county : await registry.update(county.slug, county.version, { status: 'offboarded' });
        const deletion = await deleteCounty(context, county);
        await registry.update(county.slug, marked.version, { offboarding: { ...offboarding, deletion } });
        report.deleted.push({ county: county.slug, removed: deletion.removed });
      }
    } catch (error) {
      report.failed.push({ county: county.slug, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (report.failed.length > 0) throw new CountyOffboardingFailedError(report);
  return report;
};

/** A run in which some county's step failed; the others' work is done and in the report. */
export class CountyOffboardingFailedError extends Error {
  override readonly name = 'CountyOffboardingFailedError';
  constructor(readonly report: OffboardingReport) {
    super(`County offboarding failed for ${report.failed.map(({ county, error }) => `${county} (${error})`).join(', ')}`);
  }
}
