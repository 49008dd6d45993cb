import { strToU8, zipSync } from 'fflate';

/** A county's data as the export archive holds it: its items by kind, and its catalog as HSDS. */
export interface CountyArchiveContents {
  county: { slug: string; name: string };
  exportedAt: string;
  /** Every item of the county, as stored, without the table's key attributes. */
  itemsByEntity: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  /** HSDS 3.0 collections of the published catalog, e.g. `services`, `organizations`. */
  hsds: Readonly<Record<string, unknown>>;
}

const readme = (contents: CountyArchiveContents): string =>
  [
    `Linkki – ${contents.county.name}`,
    `Vienti / Export ${contents.exportedAt}`,
    '',
    'items/<laji>.jsonl: hyvinvointialueen kaikki tiedot lajeittain, yksi JSON-tietue riviä kohden.',
    'hsds/*.json: julkaistu hyte-kalenteri Open Referral HSDS 3.0 -muodossa.',
    'manifest.json: tietueiden määrät lajeittain.',
    '',
    "items/<kind>.jsonl: all of the county's data by kind, one JSON record per line.",
    'hsds/*.json: the published catalog in Open Referral HSDS 3.0.',
    'manifest.json: the number of records of each kind.',
    '',
  ].join('\n');

/** The zip a county's operator downloads: JSON lines per entity, the HSDS export, a manifest and a readme. */
export const countyArchiveOf = (contents: CountyArchiveContents): { archive: Uint8Array; items: number } => {
  const files: Record<string, Uint8Array> = {};
  const counts: Record<string, number> = {};
  for (const [entity, items] of [...contents.itemsByEntity].sort(([a], [b]) => a.localeCompare(b))) {
    files[`items/${entity}.jsonl`] = strToU8(items.map((item) => JSON.stringify(item)).join('\n') + '\n');
    counts[entity] = items.length;
  }
  for (const [collection, body] of Object.entries(contents.hsds)) files[`hsds/${collection}.json`] = strToU8(JSON.stringify(body, null, 2));
  const items = Object.values(counts).reduce((sum, count) => sum + count, 0);
  files['manifest.json'] = strToU8(JSON.stringify({ county: contents.county, exportedAt: contents.exportedAt, items, byEntity: counts }, null, 2));
  files['README.txt'] = strToU8(readme(contents));
  return { archive: zipSync(files, { level: 6 }), items };
};
