import type { TableAccess } from '@linkki/db';
import { type Identity, memberRefOf, type MemberRef, nationalRegion, nationalRegionName, type NetworkViewer, type PostAuthor, type Tenant } from '@linkki/domain';
import { idempotentId } from '../../idempotent-id';
import { describeCaller } from '../me/me.service';

/** The signed-in caller as the network sees them: a member of a region (their county, or national). */
export interface NetworkActor extends NetworkViewer {
  region: string;
  userId: string;
  identity: Identity;
  tenant: Tenant | null;
}

export const actorOf = (identity: Identity, tenant: Tenant | null): NetworkActor => {
  const region = tenant?.slug ?? nationalRegion;
  return { region, userId: identity.userId, member: memberRefOf(region, identity.userId), roles: identity.roles, identity, tenant };
};

/**
 * The author block copied onto a post or comment: name and organisation from the caller's own
 * profile and the region's name, and nothing else of the county's data.
 */
export const authorOf = async (tables: TableAccess, actor: NetworkActor): Promise<PostAuthor> => {
  const { user } = await describeCaller(tables, actor.identity, actor.tenant);
  return {
    userId: actor.userId,
    displayName: user.displayName,
    ...(user.organisation ? { organisation: user.organisation } : {}),
    region: actor.region,
    regionName: actor.tenant?.name.fi ?? nationalRegionName.fi,
  };
};

/** A stable id for what a member created under a client request id, so a retry finds the first one. */
export const idFor = (member: MemberRef, requestId: string): string => idempotentId([member, requestId]);
