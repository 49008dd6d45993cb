import { z } from 'zod';
import { encodeCursor } from '../cursor';
import { CursorInvalidError } from '../errors';
import type { TableGateway } from '../table-gateway';
import { type IndexEntryItem, indexEntryItemSchema } from './network.entity';

/** Where one index partition stands: not yet read (absent), read up to a key, or exhausted. */
const exhausted = 'done';
const mergedCursorSchema = z.object({ v: z.literal(1), at: z.record(z.string(), z.string()) }).strict();
type PartitionState = Record<string, string>;

const decodeMergedCursor = (cursor: string | undefined, partitions: readonly string[]): PartitionState => {
  if (!cursor) return {};
  try {
    const { at } = mergedCursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (Object.keys(at).some((partition) => !partitions.includes(partition))) throw new Error('foreign partition');
    return at;
  } catch {
    throw new CursorInvalidError();
  }
};

interface PartitionRead {
  partition: string;
  entries: IndexEntryItem[];
  more: boolean;
  consumed: IndexEntryItem | null;
}

const readPartition = async (gateway: TableGateway, partition: string, state: string | undefined, limit: number): Promise<PartitionRead> => {
  if (state === exhausted) return { partition, entries: [], more: false, consumed: null };
  const page = await gateway.queryPage({ schema: indexEntryItemSchema, index: 'gsi1', partition, limit, cursor: state, newestFirst: true });
  return { partition, entries: page.items, more: page.nextCursor !== null, consumed: null };
};

/** Takes the newest head among the partitions, and the same post from every partition it heads. */
const takeNewest = (reads: PartitionRead[]): string | null => {
  const heads = reads.filter((read) => read.entries.length > 0);
  if (heads.length === 0) return null;
  const newest = heads.reduce((best, read) => ((read.entries[0]?.gsi1sk ?? '') > (best.entries[0]?.gsi1sk ?? '') ? read : best));
  const position = newest.entries[0]?.gsi1sk;
  let postId: string | null = null;
  for (const read of heads) {
    if (read.entries[0]?.gsi1sk !== position) continue;
    const entry = read.entries.shift();
    if (entry) {
      read.consumed = entry;
      postId = entry.postId;
    }
  }
  return postId;
};

const nextState = (reads: PartitionRead[], previous: PartitionState): PartitionState | null => {
  const state: PartitionState = {};
  for (const read of reads) {
    const before = previous[read.partition];
    if (read.consumed) {
      const { pk, sk, gsi1pk, gsi1sk } = read.consumed;
      state[read.partition] = read.entries.length === 0 && !read.more ? exhausted : encodeCursor({ pk, sk, gsi1pk, gsi1sk });
    } else if (read.entries.length === 0 && !read.more) {
      state[read.partition] = exhausted;
    } else if (before !== undefined) {
      state[read.partition] = before;
    }
  }
  return Object.values(state).every((value) => value === exhausted) && Object.keys(state).length === reads.length ? null : state;
};

/**
 * One feed page, newest first, over the union of several index partitions: one Query per
 * partition (at most `limit` entries each, all in parallel), merged by position with duplicates
 * (a post listed under two followed tags) taken once. The cursor records where each partition
 * stands, so the next page continues every partition exactly where this one stopped.
 */
export const readMergedFeed = async (gateway: TableGateway, partitions: readonly string[], limit: number, cursor?: string) => {
  const previous = decodeMergedCursor(cursor, partitions);
  const reads = await Promise.all(partitions.map((partition) => readPartition(gateway, partition, previous[partition], limit)));
  const postIds: string[] = [];
  while (postIds.length < limit) {
    const postId = takeNewest(reads);
    if (postId === null) break;
    postIds.push(postId);
  }
  const state = nextState(reads, previous);
  return { postIds, nextCursor: state ? Buffer.from(JSON.stringify({ v: 1, at: state }), 'utf8').toString('base64url') : null };
};
