import { currentIdentity, type Identity } from '@linkki/domain';
import { createUserRepository, type TableAccess, type UserProfile } from '@linkki/db';

/** The identity a verified token may act as now, or null when its membership no longer allows it. */
export type MembershipCheck = (identity: Identity) => Promise<Identity | null>;

/**
 * How long a warm container trusts a membership it has read. A deactivation or removed role thus
 * reaches every container within this time, even while the person's token is still valid.
 */
export const membershipCacheMs = 30_000;

/**
 * Checks every signed-in request against the person's membership item, reading it at most once
 * per `ttlMs` per container (one GetItem on a miss, none on a hit).
 */
export const createMembershipCheck = (
  tables: TableAccess,
  { ttlMs = membershipCacheMs, now = Date.now, maxEntries = 5_000 }: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
): MembershipCheck => {
  const cache = new Map<string, { at: number; member: Promise<UserProfile | null> }>();
  const read = (tenantId: string | null, userId: string): Promise<UserProfile | null> => {
    const key = `${tenantId ?? ''}/${userId}`;
    const cached = cache.get(key);
    if (cached && now() - cached.at <= ttlMs) return cached.member;
    if (cache.size >= maxEntries) cache.clear();
    const member = createUserRepository({ gateway: tenantId ? tables.tenant(tenantId) : tables.platform, tenantId }).byId(userId);
    cache.set(key, { at: now(), member });
    member.catch(() => cache.delete(key));
    return member;
  };
  return async (identity) => currentIdentity(identity, await read(identity.tenantId, identity.userId));
};
