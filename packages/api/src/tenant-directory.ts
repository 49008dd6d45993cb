import type { Tenant } from '@linkki/domain';
import type { TenantRepository } from '@linkki/db';

export interface TenantDirectory {
  all(): Promise<Tenant[]>;
  find(slug: string): Promise<Tenant | null>;
  /** Drops the cached registry: this container changed it. */
  forget(): void;
}

/** A county that is not active may be about to become so (its first coordinator signing in): it is read again sooner. */
const inactiveTtlMs = 2_000;

/**
 * The tenant registry changes when a county is onboarded, rarely; every request needs it. One
 * Query fills a cache that a warm Lambda keeps for `ttlMs`, so the request path does not pay a
 * read per call.
 */
export const createTenantDirectory = (repository: TenantRepository, { ttlMs = 60_000, now = Date.now }: { ttlMs?: number; now?: () => number } = {}): TenantDirectory => {
  let cached: { at: number; tenants: Promise<Tenant[]> } | null = null;
  const all = (): Promise<Tenant[]> => {
    if (!cached || now() - cached.at > ttlMs) {
      const tenants = repository.list();
      cached = { at: now(), tenants };
      tenants.catch(() => {
        cached = null;
      });
    }
    return cached.tenants;
  };
  return {
    all,
    async find(slug) {
      const found = (await all()).find((tenant) => tenant.slug === slug) ?? null;
      if (found?.status === 'active' || !cached || now() - cached.at <= inactiveTtlMs) return found;
      cached = null;
      return (await all()).find((tenant) => tenant.slug === slug) ?? null;
    },
    forget() {
      cached = null;
    },
  };
};
