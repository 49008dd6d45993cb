import { createUsageRepository, type TableGateway } from '@linkki/db';
import { usageDayOf } from '@linkki/domain';

/**
 * Counts API requests per county per day inside one container and writes them at most once a
 * minute, one ADD per county, so a request costs a map update rather than a write. Nothing is
 * awaited on the request path and a failed write is only reported.
 *
 * What can be lost: a container's counts since its last write when it is shut down (Lambda gives
 * no warning; a container that goes quiet keeps its last minute until its next request or for
 * good), and the counts of a write that failed. The meter never repeats a write; only the SDK's
 * own retry of a write whose answer was lost could count a minute twice. The figure is close,
 * usually a little low: good enough to attribute cost.
 */
export interface RequestMeter {
  /** Counts one request naming the county; may start a write of the buffer. Never throws or waits. */
  count(tenantId: string): void;
  /** Writes what is buffered now (a platform stopping, tests). */
  flush(): Promise<void>;
}

export interface RequestMeterOptions {
  /** The platform's gateway: the counters live in the usage partition. */
  gateway: TableGateway;
  /** The registered counties; a request naming any other slug (a made-up `x-tenant`) is not written. */
  counties: () => Promise<readonly { slug: string }[]>;
  onError: (error: unknown) => void;
  now?: () => number;
  flushIntervalMs?: number;
}

/** County-days one container buffers at most between writes; made-up slugs beyond it are dropped. */
const maxBufferedKeys = 200;

export const createRequestMeter = ({ gateway, counties, onError, now = Date.now, flushIntervalMs = 60_000 }: RequestMeterOptions): RequestMeter => {
  const usage = createUsageRepository(gateway);
  let buffered = new Map<string, { day: string; tenantId: string; count: number }>();
  let lastFlushAt = now();
  let inFlight: Promise<void> | null = null;

  const write = async (batch: typeof buffered) => {
    const known = new Set((await counties()).map((county) => county.slug));
    const at = new Date(now());
    await Promise.all([...batch.values()].filter(({ tenantId }) => known.has(tenantId)).map(({ day, tenantId, count }) => usage.addRequests(day, tenantId, count, at).catch(onError)));
  };

  const flush = (): Promise<void> => {
    if (inFlight) return inFlight.then(flush);
    lastFlushAt = now();
    const batch = buffered;
    buffered = new Map();
    if (batch.size === 0) return Promise.resolve();
    inFlight = write(batch)
      .catch(onError)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  return {
    count(tenantId) {
      const day = usageDayOf(new Date(now()));
      const key = `${day}/${tenantId}`;
      const entry = buffered.get(key);
      if (entry) entry.count += 1;
      else if (buffered.size < maxBufferedKeys) buffered.set(key, { day, tenantId, count: 1 });
      if (!inFlight && now() - lastFlushAt >= flushIntervalMs) void flush();
    },
    flush,
  };
};
