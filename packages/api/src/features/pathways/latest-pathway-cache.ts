import { createPathwayRepository, type PathwayVersion, type TableAccess } from '@linkki/db';

export interface LatestPathwayCacheOptions {
  /** Reads a pathway's newest published version from the table (null: never published). */
  read: (pathwayId: string) => Promise<PathwayVersion | null>;
  /** How old a version read may be before the next call reads again: the search's freshness. */
  freshnessMs?: number;
  now?: () => Date;
  /** More pathways than the programme will ever have; past it the cache starts over rather than grow. */
  maxEntries?: number;
}

/**
 * Each warm API container keeps the newest version of each national pathway it was asked for,
 * reading it again at most every `freshnessMs`: a publish shows within about a second, as an
 * edit shows in search, and the calls in between cost no table read. Concurrent calls share one
 * read; a failed read is not kept.
 */
export const createLatestPathwayCache = ({ read, freshnessMs = 1_000, now = () => new Date(), maxEntries = 500 }: LatestPathwayCacheOptions) => {
  const entries = new Map<string, { readAt: number; version: Promise<PathwayVersion | null> }>();
  return {
    latest(pathwayId: string): Promise<PathwayVersion | null> {
      const at = now().getTime();
      const cached = entries.get(pathwayId);
      if (cached && at - cached.readAt <= freshnessMs) return cached.version;
      if (entries.size >= maxEntries) entries.clear();
      const version = read(pathwayId);
      entries.set(pathwayId, { readAt: at, version });
      version.catch(() => {
        if (entries.get(pathwayId)?.version === version) entries.delete(pathwayId);
      });
      return version;
    },

    /** Drops what this container knows of the pathway: its own publish shows here at once. */
    forget(pathwayId: string): void {
      entries.delete(pathwayId);
    },
  };
};

export type LatestPathwayCache = ReturnType<typeof createLatestPathwayCache>;

/** The cache on the national pathways of `tables`, for a container's dependencies. */
export const createTableLatestPathwayCache = ({ tables, ...options }: Omit<LatestPathwayCacheOptions, 'read'> & { tables: TableAccess }): LatestPathwayCache =>
  createLatestPathwayCache({ read: (pathwayId) => createPathwayRepository(tables.platform).latest(pathwayId), ...options });
