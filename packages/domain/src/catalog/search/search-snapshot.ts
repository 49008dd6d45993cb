import { InMemorySearchIndex, type SearchIndexOptions } from './search-index';
import { littleEndian, SearchSnapshotInvalidError, SnapshotReader, SnapshotWriter } from './snapshot-buffer';
import { noSynonyms } from './synonyms';
import type { SearchIndex } from './types';

/** "LKSI": a snapshot starts with it, so that any other file is refused at the first four bytes. */
const magic = 0x4953_4b4c;

/** Raised whenever the layout changes; a snapshot of another version is refused and rebuilt by its writer. */
export const searchSnapshotFormatVersion = 1;

const headerBytes = 12;

const requireLittleEndian = (): void => {
  if (!littleEndian) throw new Error('Search snapshots are laid out for little-endian machines');
};

/**
 * The index's own structures as one buffer: facet vocabulary, document table (ids, update times,
 * validity periods, dated occurrences, facet slots), then the term dictionary with its postings
 * and trigram lists. Loading copies typed arrays and slices one decoded string per table instead
 * of tokenizing every document again. Synonyms are query-time configuration and are not stored.
 */
export const serializeSearchIndex = (index: SearchIndex): Uint8Array => {
  requireLittleEndian();
  if (!(index instanceof InMemorySearchIndex)) throw new Error('Only an index made by createSearchIndex or deserializeSearchIndex can be serialized');
  const body = new SnapshotWriter();
  index.writeTo(body);
  const payload = body.finish();
  const bytes = new Uint8Array(headerBytes + payload.length);
  const header = new DataView(bytes.buffer);
  header.setUint32(0, magic, true);
  header.setUint32(4, searchSnapshotFormatVersion, true);
  header.setUint32(8, payload.length, true);
  bytes.set(payload, headerBytes);
  return bytes;
};

/** An index answering exactly as the serialized one did, open to further upserts and removals. */
export const deserializeSearchIndex = (bytes: Uint8Array, options: SearchIndexOptions = {}): SearchIndex => {
  requireLittleEndian();
  if (bytes.length < headerBytes) throw new SearchSnapshotInvalidError(`${bytes.length} bytes is shorter than the header`);
  const header = new DataView(bytes.buffer, bytes.byteOffset, headerBytes);
  if (header.getUint32(0, true) !== magic) throw new SearchSnapshotInvalidError('it does not start with the snapshot mark');
  const version = header.getUint32(4, true);
  if (version !== searchSnapshotFormatVersion) throw new SearchSnapshotInvalidError(`format version ${version}, this code reads ${searchSnapshotFormatVersion}`);
  const length = header.getUint32(8, true);
  if (length !== bytes.length - headerBytes) throw new SearchSnapshotInvalidError(`the header promises ${length} bytes after it, ${bytes.length - headerBytes} are there (truncated or padded)`);
  const reader = new SnapshotReader(bytes.subarray(headerBytes));
  const index = InMemorySearchIndex.readFrom(reader, options.synonyms ?? noSynonyms);
  if (reader.remaining !== 0) throw new SearchSnapshotInvalidError(`${reader.remaining} bytes left over after the index`);
  return index;
};
