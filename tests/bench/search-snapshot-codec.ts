import { gzipSync } from 'node:zlib';
import { searchDocumentOf } from '@linkki/api';
import { createSearchIndex, deserializeSearchIndex, type SearchDocument, type SearchQuery, serializeSearchIndex, wellbeingCounties } from '@linkki/domain';
import { generateCatalog } from '@linkki/local';
import { fixed } from './stats';

const tenant = 'pohjois-savo';
const size = Number(process.env.BENCH_CATALOG_SIZE ?? 20_000);
const query: SearchQuery = { today: '2026-03-02', q: 'liikunta', order: 'relevance', offset: 0, limit: 20 };

const median = (samples: readonly number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/** Runs `operation` `times` times and returns the median time and the last result. */
const timed = <T>(times: number, operation: () => T): { ms: number; result: T } => {
  const samples: number[] = [];
  let result = operation();
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    result = operation();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), result };
};

/** The generated county catalog as the API's mapper hands it to the index. */
const documentsOf = (): SearchDocument[] => {
  const municipalities = wellbeingCounties.find((county) => county.slug === tenant)?.municipalities ?? [];
  const catalog = generateCatalog(tenant, municipalities, size, 7);
  const names = new Map(catalog.organisations.map((organisation) => [organisation.id, organisation.name.fi]));
  return catalog.activities.map((activity) =>
    searchDocumentOf({ id: activity.id, content: activity.content, updatedAt: '2026-01-15T10:00:00.000Z' }, names.get(activity.content.organisationId) ?? ''),
  );
};

/**
 * What a container pays to have a county's index before its first search: loading the binary
 * snapshot, against rebuilding from the listings (what every cold container did) and against
 * a JSON file of the documents (parse, then rebuild). The S3 GET is not part of it.
 */
export const benchSearchSnapshotCodec = async (): Promise<void> => {
  const documents = documentsOf();
  const rebuild = timed(3, () => createSearchIndex(documents));
  const serialize = timed(5, () => serializeSearchIndex(rebuild.result));
  const bytes = serialize.result;
  const load = timed(7, () => deserializeSearchIndex(bytes));
  const json = JSON.stringify(documents);
  const fromJson = timed(3, () => createSearchIndex(JSON.parse(json) as SearchDocument[]));
  const firstQueries = Array.from({ length: 5 }, () => {
    const index = deserializeSearchIndex(bytes);
    const started = performance.now();
    index.search(query);
    return performance.now() - started;
  });
  const warm = timed(20, () => load.result.search(query));
  const megabytes = (count: number) => `${fixed(count / 1_048_576, 1)} MB`;
  console.log(`\nSearch index snapshot at ${documents.length} listings (${tenant}, medians; the S3 GET is not included)`);
  console.log(`  binary snapshot: ${megabytes(bytes.length)} (${megabytes(gzipSync(bytes).length)} gzip), serialize ${fixed(serialize.ms, 0)} ms, load ${fixed(load.ms, 0)} ms`);
  console.log(`  rebuild from documents: ${fixed(rebuild.ms, 0)} ms; JSON documents (${megabytes(json.length)}) parse + rebuild: ${fixed(fromJson.ms, 0)} ms`);
  const first = median(firstQueries);
  console.log(`  first query after load: ${fixed(first, 1)} ms (warm: ${fixed(warm.ms, 1)} ms); load + first query ${fixed(load.ms + first, 0)} ms`);
};
