import type { PathwayVersion } from '@linkki/db';
import { describe, expect, it } from 'vitest';
import { createLatestPathwayCache } from './latest-pathway-cache';

const versionOf = (pathwayId: string, number: number) => ({ pathwayId, number }) as unknown as PathwayVersion;

/** A cache over a store of newest versions the test publishes into, on a clock the test moves. */
const setUp = () => {
  let clock = Date.parse('2026-03-02T10:00:00.000Z');
  const store = new Map<string, number>();
  const reads: string[] = [];
  const cache = createLatestPathwayCache({
    read: async (pathwayId) => {
      reads.push(pathwayId);
      const number = store.get(pathwayId);
      return number === undefined ? null : versionOf(pathwayId, number);
    },
    now: () => new Date(clock),
  });
  return {
    cache,
    reads,
    publish: (pathwayId: string, number: number) => store.set(pathwayId, number),
    advance: (ms: number) => {
      clock += ms;
    },
  };
};

describe('the newest pathway versions a container keeps', () => {
  it('reads a pathway once within a second, and again after it', async () => {
    const { cache, reads, publish, advance } = setUp();
    publish('polku', 1);
    expect((await cache.latest('polku'))?.number).toBe(1);
    publish('polku', 2);
    advance(1_000);
    expect((await cache.latest('polku'))?.number).toBe(1);
    expect(reads).toEqual(['polku']);
    advance(1);
    expect((await cache.latest('polku'))?.number).toBe(2);
    expect(reads).toEqual(['polku', 'polku']);
  });

  it('keeps each pathway apart, a missing one too, and shares one read between concurrent calls', async () => {
    const { cache, reads, publish } = setUp();
    publish('polku', 3);
    const [first, second, missing] = await Promise.all([cache.latest('polku'), cache.latest('polku'), cache.latest('ei-ole')]);
    expect([first?.number, second?.number, missing]).toEqual([3, 3, null]);
    expect(reads.sort()).toEqual(['ei-ole', 'polku']);
  });

  it("shows this container's own publish at once once told of it", async () => {
    const { cache, publish } = setUp();
    publish('polku', 1);
    await cache.latest('polku');
    publish('polku', 2);
    cache.forget('polku');
    expect((await cache.latest('polku'))?.number).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cache = createLatestPathwayCache({
      read: async (pathwayId) => {
        if (fail) throw new Error('table unavailable');
        return versionOf(pathwayId, 1);
      },
      now: () => new Date('2026-03-02T10:00:00.000Z'),
    });
    await expect(cache.latest('polku')).rejects.toThrow('table unavailable');
    fail = false;
    expect((await cache.latest('polku'))?.number).toBe(1);
  });
});
