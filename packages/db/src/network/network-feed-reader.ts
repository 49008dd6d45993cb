import type { FeedDescriptor } from '@linkki/domain';
import * as z from 'zod';
import { encodeCursor } from '../cursor';
import { CursorInvalidError } from '../errors';
import type { TableGateway } from '../table-gateway';
import { type IndexEntryItem, indexEntryItemSchema, storedDescriptorOf } from './network.entity';

/**
 * The most index entries one feed page reads (about 300 bytes each in the index, so at most
 * ~150 KB, ~19 read units): a page over a rare selection stops here and comes back short, with a
 * cursor to go on, rather than read the whole feed.
 */
export const feedWindowLimit = 500;

/** How many entries past the expected share a window reads, so a slightly rarer run still fills the page. */
const windowMargin = 1.25;

/** The entries a filtered page reads to fill `limit` posts when about `share` of the entries match, within bounds. */
export const feedWindowFor = (share: number, limit: number): number => Math.min(feedWindowLimit, Math.max(limit, share > 0 ? Math.ceil((limit / share) * windowMargin) : feedWindowLimit));

const feedCursorSchema = z
  .object({
    v: z.literal(2),
    /** The index Query's own cursor: `queryPage` refuses one that names another partition. */
    at: z.string().min(1).max(2000),
    /** The entries the next page reads, learnt from the share of entries this one kept. */
    window: z.number().int().min(1).max(feedWindowLimit).optional(),
  })
  .strict();
type FeedCursor = z.infer<typeof feedCursorSchema>;

const decodeFeedCursor = (cursor: string | undefined): FeedCursor | null => {
  if (!cursor) return null;
  try {
    return feedCursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new CursorInvalidError();
  }
};

const encodeFeedCursor = (cursor: FeedCursor): string => Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');

export interface FeedIndexRead {
  /** The gsi1 partition read, newest first. */
  partition: string;
  /** Posts on a full page. */
  limit: number;
  /**
   * Without `keep` every entry of the partition is listed and the Query reads `limit` entries.
   * With it only the entries it keeps are, and the first page's Query reads `firstWindow`
   * entries; an entry without a stored descriptor is kept for the caller to judge by its post.
   */
  keep?: (descriptor: FeedDescriptor) => boolean;
  firstWindow?: number;
}

/** The next window from the share of entries this page kept; when it kept none, twice this one. */
const nextWindowOf = (window: number, scanned: number, kept: number, limit: number): number => (kept === 0 ? Math.min(feedWindowLimit, window * 2) : feedWindowFor(kept / scanned, limit));

const keyOf = ({ pk, sk, gsi1pk, gsi1sk }: IndexEntryItem) => ({ pk, sk, gsi1pk, gsi1sk });

/**
 * One page of post ids from one index partition in one Query. Filtered pages read a window of
 * entries and list those kept, up to `limit`; the cursor points just past the last entry looked
 * at, so across pages every entry is looked at exactly once: no post is skipped or listed twice.
 */
export const readFeedIndex = async (gateway: TableGateway, { partition, limit, keep, firstWindow = limit }: FeedIndexRead, cursor?: string) => {
  const previous = decodeFeedCursor(cursor);
  const window = keep ? Math.min(feedWindowLimit, Math.max(limit, previous?.window ?? firstWindow)) : limit;
  const page = await gateway.queryPage({ schema: indexEntryItemSchema, index: 'gsi1', partition, limit: window, cursor: previous?.at, newestFirst: true });
  const postIds: string[] = [];
  let scanned = 0;
  for (const entry of page.items) {
    if (postIds.length === limit) break;
    scanned += 1;
    const descriptor = storedDescriptorOf(entry);
    if (!keep || !descriptor || keep(descriptor)) postIds.push(entry.postId);
  }
  const last = page.items[scanned - 1];
  const at = scanned < page.items.length && last ? encodeCursor(keyOf(last)) : page.nextCursor;
  if (!at) return { postIds, nextCursor: null };
  return { postIds, nextCursor: encodeFeedCursor({ v: 2, at, ...(keep ? { window: nextWindowOf(window, scanned, postIds.length, limit) } : {}) }) };
};
