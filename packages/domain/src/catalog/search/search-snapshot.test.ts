import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import { deserializeSearchIndex, searchSnapshotFormatVersion, serializeSearchIndex } from './search-snapshot';
import { SearchSnapshotInvalidError } from './snapshot-buffer';
import { createSynonymTable } from './synonyms';
import { generateDocument, randomQuery } from './test-corpus';
import { fixtureDocuments, query } from './test-fixtures';
import type { SearchDocument, SearchIndex, SearchQuery } from './types';

const days = ['2024-12-31', '2025-03-01', '2025-07-15', '2026-01-01'];
const queries: SearchQuery[] = [...Array.from({ length: 60 }, randomQuery), query({ q: 'kuntosaliryhmä', order: 'upcoming' }), query({ q: 'vertasiryhmä' }), query({ q: 'ikäihmisille' })];

const expectSameAnswers = (loaded: SearchIndex, original: SearchIndex) => {
  expect(loaded.size).toBe(original.size);
  for (const today of days) for (const next of queries) expect(loaded.search({ ...next, today }), JSON.stringify(next)).toEqual(original.search({ ...next, today }));
};

/** A corpus that has been edited, so that the index holds removed documents, replaced ones and dead keys when it is written. */
const editedIndex = (): { index: SearchIndex; latest: Map<string, SearchDocument> } => {
  const latest = new Map<string, SearchDocument>();
  const index = createSearchIndex();
  for (let n = 0; n < 1500; n++) {
    const document = generateDocument(n);
    index.upsert(document);
    latest.set(document.id, document);
  }
  for (let n = 0; n < 1500; n += 3) {
    const id = `activity-${n}`;
    if (n % 2 === 0) {
      index.remove(id);
      latest.delete(id);
    } else {
      const replacement = { ...generateDocument(n + 10_000), id };
      index.upsert(replacement);
      latest.set(id, replacement);
    }
  }
  return { index, latest };
};

/** The header says how long the body is; this rewrites it so that the reader itself meets the end. */
const cutShort = (bytes: Uint8Array, length: number): Uint8Array => {
  const cut = bytes.slice(0, length);
  new DataView(cut.buffer).setUint32(8, length - 12, true);
  return cut;
};

describe('search index snapshot', () => {
  it('loads an index that answers exactly as the one written, on any day', () => {
    const { index } = editedIndex();
    const bytes = serializeSearchIndex(index);
    expectSameAnswers(deserializeSearchIndex(bytes), index);
    expect(serializeSearchIndex(deserializeSearchIndex(bytes))).toEqual(bytes);
  }, 60_000);

  it('takes further upserts and removals after loading, as the change feed brings them', () => {
    const { index, latest } = editedIndex();
    const loaded = deserializeSearchIndex(serializeSearchIndex(index));
    for (let n = 1; n < 1500; n += 4) {
      const id = `activity-${n}`;
      if (n % 3 === 0) {
        loaded.remove(id);
        latest.delete(id);
      } else {
        const replacement = { ...generateDocument(n + 20_000), id };
        loaded.upsert(replacement);
        latest.set(id, replacement);
      }
    }
    const fresh = createSearchIndex(latest.values());
    expectSameAnswers(loaded, fresh);
    // Writing it again renumbers away the entries of loaded documents that went, which no posting counted.
    expectSameAnswers(deserializeSearchIndex(serializeSearchIndex(loaded)), fresh);
  }, 120_000);

  it('keeps synonyms out of the snapshot: the loading side passes its own', () => {
    const bytes = serializeSearchIndex(createSearchIndex(fixtureDocuments));
    const synonyms = createSynonymTable([['seniorit', 'ikäihmiset']]);
    const plain = deserializeSearchIndex(bytes);
    const withSynonyms = deserializeSearchIndex(bytes, { synonyms });
    expect(withSynonyms.search(query({ q: 'seniorit' }))).toEqual(createSearchIndex(fixtureDocuments, { synonyms }).search(query({ q: 'seniorit' })));
    expect(plain.search(query({ q: 'seniorit' }))).toEqual(createSearchIndex(fixtureDocuments).search(query({ q: 'seniorit' })));
    expect(plain.search(query({ q: 'seniorit' })).total).toBeLessThan(withSynonyms.search(query({ q: 'seniorit' })).total);
  });

  it('round-trips an empty index', () => {
    const loaded = deserializeSearchIndex(serializeSearchIndex(createSearchIndex()));
    expect(loaded.size).toBe(0);
    loaded.upsert(fixtureDocuments[0] as SearchDocument);
    expect(loaded.search(query()).ids).toEqual([fixtureDocuments[0]?.id]);
  });

  it('refuses other files, other versions, and cut or padded snapshots with a clear error', () => {
    const bytes = serializeSearchIndex(createSearchIndex(fixtureDocuments));
    const otherVersion = bytes.slice();
    new DataView(otherVersion.buffer).setUint32(4, searchSnapshotFormatVersion + 1, true);
    expect(() => deserializeSearchIndex(new TextEncoder().encode('{"documents":[]}'))).toThrow(/snapshot mark/);
    expect(() => deserializeSearchIndex(otherVersion)).toThrow(`format version ${searchSnapshotFormatVersion + 1}`);
    expect(() => deserializeSearchIndex(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated or padded/);
    expect(() => deserializeSearchIndex(new Uint8Array([...bytes, 0]))).toThrow(/truncated or padded/);
    expect(() => deserializeSearchIndex(bytes.subarray(0, 5))).toThrow(SearchSnapshotInvalidError);
    for (let length = 12; length < bytes.length; length += 97) expect(() => deserializeSearchIndex(cutShort(bytes, length)), `cut at ${length}`).toThrow(SearchSnapshotInvalidError);
  });

  it('refuses a snapshot whose tables point outside each other', () => {
    const bytes = serializeSearchIndex(createSearchIndex([fixtureDocuments[0] as SearchDocument]));
    // The last four bytes are the trigram lists' last position into the key table.
    const damaged = bytes.slice();
    new DataView(damaged.buffer).setUint32(damaged.length - 4, 1_000_000, true);
    expect(() => deserializeSearchIndex(damaged)).toThrow(/trigram entry 1000000 outside/);
  });
});
