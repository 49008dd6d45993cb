import { crc32 } from 'node:zlib';
import { type Organisation, serializeSearchIndex } from '@linkki/domain';
import { CatalogActivities } from './catalog-activities';
import { type CatalogState, catalogIndexFrom } from './catalog-state';

/**
 * A county's search snapshot, as the writer job stores it and an API container loads it:
 *
 *   "LINKKISS" | u32 format | u32 CRC-32 of the rest | u32 length, catalog JSON | u32 length, listings | index
 *
 * The catalog JSON holds the county, the watermark, the organisations and where each listing's
 * JSON lies in the listings part; a listing is parsed only when first read (see
 * `CatalogActivities`). The index is the engine's own binary layout. The checksum is what tells a
 * cut-off or damaged file from a good one: the parts are the job's own output and are not
 * validated field by field, which would cost more than the load.
 */
const magic = new TextEncoder().encode('LINKKISS');
/** Raise when the layout changes: a container refuses an older file and builds from the table until the job writes a new one. */
export const searchSnapshotFormat = 2;
/** Magic, format and checksum; the checksum covers everything after it. */
const preambleLength = magic.length + 8;

export class CatalogSnapshotInvalidError extends Error {
  constructor(tenantId: string, problem: string) {
    super(`The search snapshot of ${tenantId} cannot be used: ${problem}`);
    this.name = 'CatalogSnapshotInvalidError';
  }
}

interface SnapshotCatalog {
  tenantId: string;
  watermark: number;
  builtAt: number;
  organisations: Organisation[];
  listingIds: string[];
  /** Where each listing's JSON ends in the listings part; the previous end (or 0) is where it starts. */
  listingEnds: number[];
}

const joined = (parts: readonly Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
};

const lengthOf = (length: number): Uint8Array => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, length);
  return bytes;
};

export const encodeSearchSnapshot = (tenantId: string, state: CatalogState): Uint8Array => {
  const listingIds = [...state.activities.ids()];
  const listings = listingIds.map((id) => state.activities.jsonOf(id));
  let end = 0;
  const listingEnds = listings.map((listing) => (end += listing.length));
  const catalog: SnapshotCatalog = { tenantId, watermark: state.watermark, builtAt: state.builtAt, organisations: [...state.organisations.values()], listingIds, listingEnds };
  const json = Buffer.from(JSON.stringify(catalog), 'utf8');
  const listingsPart = joined(listings);
  const bytes = joined([magic, lengthOf(searchSnapshotFormat), lengthOf(0), lengthOf(json.length), json, lengthOf(listingsPart.length), listingsPart, serializeSearchIndex(state.index)]);
  new DataView(bytes.buffer).setUint32(magic.length + 4, crc32(bytes.subarray(preambleLength)));
  return bytes;
};

/** The three parts of a snapshot whose frame is sound (mark, format, checksum, lengths); the bench times each part's decoding. */
export const searchSnapshotParts = (tenantId: string, bytes: Uint8Array): { catalog: Uint8Array; listings: Uint8Array; index: Uint8Array } => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < preambleLength + 8 || !magic.every((byte, at) => bytes[at] === byte)) throw new CatalogSnapshotInvalidError(tenantId, 'not a search snapshot');
  const format = view.getUint32(magic.length);
  if (format !== searchSnapshotFormat) throw new CatalogSnapshotInvalidError(tenantId, `format ${format}, this code reads ${searchSnapshotFormat}`);
  if (view.getUint32(magic.length + 4) !== crc32(bytes.subarray(preambleLength))) throw new CatalogSnapshotInvalidError(tenantId, 'the checksum does not match (a damaged or cut-off file)');
  const catalogStart = preambleLength + 4;
  const catalogEnd = catalogStart + view.getUint32(preambleLength);
  if (catalogEnd + 4 > bytes.length) throw new CatalogSnapshotInvalidError(tenantId, 'the catalog runs past the end of the file');
  const listingsEnd = catalogEnd + 4 + view.getUint32(catalogEnd);
  if (listingsEnd > bytes.length) throw new CatalogSnapshotInvalidError(tenantId, 'the listings run past the end of the file');
  return { catalog: bytes.subarray(catalogStart, catalogEnd), listings: bytes.subarray(catalogEnd + 4, listingsEnd), index: bytes.subarray(listingsEnd) };
};

const catalogOf = (tenantId: string, json: Uint8Array): SnapshotCatalog => {
  let catalog: SnapshotCatalog;
  try {
    catalog = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')) as SnapshotCatalog;
  } catch (error) {
    throw new CatalogSnapshotInvalidError(tenantId, `the catalog is not JSON (${(error as Error).message})`);
  }
  if (catalog.tenantId !== tenantId) throw new CatalogSnapshotInvalidError(tenantId, `it is the snapshot of ${String(catalog.tenantId)}`);
  const complete = Number.isFinite(catalog.watermark) && Array.isArray(catalog.organisations) && Array.isArray(catalog.listingIds) && catalog.listingEnds?.length === catalog.listingIds.length;
  if (!complete) throw new CatalogSnapshotInvalidError(tenantId, 'the catalog is incomplete');
  return catalog;
};

/** The state a snapshot holds; a file that is not a good snapshot of this county's format is refused with `CatalogSnapshotInvalidError`. */
export const decodeSearchSnapshot = (tenantId: string, bytes: Uint8Array): CatalogState => {
  const parts = searchSnapshotParts(tenantId, bytes);
  const catalog = catalogOf(tenantId, parts.catalog);
  let index: CatalogState['index'];
  try {
    index = catalogIndexFrom(parts.index);
  } catch (error) {
    throw new CatalogSnapshotInvalidError(tenantId, `the index does not load (${(error as Error).message})`);
  }
  const listings = catalog.listingIds.map((id, at) => [id, parts.listings.subarray(catalog.listingEnds[at - 1] ?? 0, catalog.listingEnds[at])] as const);
  return {
    index,
    activities: CatalogActivities.fromJson(listings),
    organisations: new Map(catalog.organisations.map((organisation) => [organisation.id, organisation])),
    watermark: catalog.watermark,
    builtAt: catalog.builtAt,
  };
};
