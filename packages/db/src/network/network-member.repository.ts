import { defaultNetworkSettings, type NetworkSettings } from '@linkki/domain';
import { ItemVersionConflictError } from '../errors';
import type { Page, TableGateway } from '../table-gateway';
import { digestPartition, type MemberItem, memberItemSchema, memberKeyOf } from './network.entity';

export interface MemberIdentity {
  region: string;
  userId: string;
}

/** The sparse digest index lists only members who asked for the weekly digest. */
const digestIndexOf = (member: MemberIdentity, weeklyDigest: boolean) =>
  weeklyDigest ? { gsi2pk: digestPartition(), gsi2sk: `${member.region}/${member.userId}` } : { gsi2pk: undefined, gsi2sk: undefined };

/** A member's follows, digest choice and read marker, under `NETWORK#MEMBER#<region>#<userId>`. */
export const createNetworkMemberRepository = (gateway: TableGateway) => ({
  get(member: MemberIdentity): Promise<MemberItem | null> {
    return gateway.get(memberKeyOf(member.region, member.userId), memberItemSchema);
  },

  /**
   * Saves the settings: creates them on first use (`expectedVersion` 0), otherwise only over the
   * version the member last saw. `email` is where the digest goes; without one the stored address stays.
   */
  async save(member: MemberIdentity, settings: NetworkSettings, expectedVersion: number, email?: string): Promise<MemberItem> {
    const key = memberKeyOf(member.region, member.userId);
    const fields = { ...settings, ...(email ? { email } : {}), ...digestIndexOf(member, settings.weeklyDigest) };
    if (expectedVersion === 0) {
      const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      await gateway.putNew({ ...key, entity: 'networkMember', ...member, ...defined });
      const created = await this.get(member);
      if (!created) throw new ItemVersionConflictError(0);
      return created;
    }
    return gateway.updateVersioned(key, expectedVersion, fields, memberItemSchema);
  },

  /** Everything up to `now` is read; creates the member's settings with defaults on first use. */
  async markRead(member: MemberIdentity, now: string): Promise<void> {
    const stored = await this.get(member);
    const key = memberKeyOf(member.region, member.userId);
    if (!stored) {
      await gateway.putIfAbsent({ ...key, entity: 'networkMember', ...member, ...defaultNetworkSettings, lastReadAt: now });
      return;
    }
    await gateway.updateVersioned(key, stored.version, { lastReadAt: now }, memberItemSchema, { now });
  },

  async recordDigest(stored: MemberItem, now: string): Promise<void> {
    await gateway.updateVersioned({ pk: stored.pk, sk: stored.sk }, stored.version, { lastDigestAt: now }, memberItemSchema, { now });
  },

  /** Members who asked for the weekly digest. */
  digestSubscribers(cursor?: string): Promise<Page<MemberItem>> {
    return gateway.queryPage({ schema: memberItemSchema, index: 'gsi2', partition: digestPartition(), limit: 100, cursor });
  },
});
