import { createNetworkMemberRepository, createUserRepository, type TableAccess } from '@linkki/db';
import { defaultNetworkSettings, type NetworkSettings } from '@linkki/domain';
import type { NetworkActor } from './network-actor';

/** The member's settings; version 0 until they first save them. */
export const readSettings = async (tables: TableAccess, actor: NetworkActor) => {
  const stored = await createNetworkMemberRepository(tables.platform).get(actor);
  if (!stored) return { ...defaultNetworkSettings, version: 0, lastReadAt: null, email: null };
  const { followedTags, followedRegions, weeklyDigest, version, lastReadAt, email } = stored;
  return { followedTags, followedRegions, weeklyDigest, version, lastReadAt: lastReadAt ?? null, email: email ?? null };
};

/** Saves the follows; the digest goes to the email of the member's own profile. */
export const saveSettings = async (tables: TableAccess, actor: NetworkActor, input: NetworkSettings & { expectedVersion: number }) => {
  const { expectedVersion, ...settings } = input;
  const gateway = actor.tenant ? tables.tenant(actor.tenant.slug) : tables.platform;
  const profile = await createUserRepository({ gateway, tenantId: actor.tenant?.slug ?? null }).byId(actor.userId);
  await createNetworkMemberRepository(tables.platform).save(actor, settings, expectedVersion, profile?.email);
  return readSettings(tables, actor);
};

export const markFeedRead = async (tables: TableAccess, actor: NetworkActor, now: Date) => {
  await createNetworkMemberRepository(tables.platform).markRead(actor, now.toISOString());
  return { lastReadAt: now.toISOString() };
};
