import { createReferralRepository, type StoredReferral, type TableGateway } from '@linkki/db';
import { type ReferralRelation, ReferralNotFoundError, type Role, type Tenant } from '@linkki/domain';

/** Who acts on referrals, and where: built once per call from the tenant procedure's context. */
export interface ReferralActor {
  tenant: Tenant;
  tenantId: string;
  userId: string;
  roles: readonly Role[];
  displayName: string;
  gateway: TableGateway;
  now: () => Date;
}

export const referralsOf = (actor: ReferralActor) => createReferralRepository({ gateway: actor.gateway, tenantId: actor.tenantId });

/** Every way the caller stands to the referral; empty means they may not see it. */
export const relationsOf = (actor: ReferralActor, referral: Pick<StoredReferral, 'referrerId' | 'assignedLinkWorkerId'>): ReferralRelation[] => {
  const relations: ReferralRelation[] = [];
  if (actor.roles.includes('professional') && referral.referrerId === actor.userId) relations.push('referrer');
  if (actor.roles.includes('linkWorker') && referral.assignedLinkWorkerId === actor.userId) relations.push('assignedLinkWorker');
  if (actor.roles.includes('coordinator')) relations.push('coordinator');
  return relations;
};

/** The relations of a caller who may see the referral; anyone else is told it does not exist. */
export const requireRelations = (actor: ReferralActor, id: string, referral: Pick<StoredReferral, 'referrerId' | 'assignedLinkWorkerId'> | null): ReferralRelation[] => {
  const relations = referral ? relationsOf(actor, referral) : [];
  if (relations.length === 0) throw new ReferralNotFoundError(id);
  return relations;
};

const roleOfRelation: Record<ReferralRelation, Role> = { referrer: 'professional', assignedLinkWorker: 'linkWorker', coordinator: 'coordinator' };

/** The role an audit record names: the closest relation (referrer or link worker before coordinator). */
export const auditRoleOf = (relations: readonly ReferralRelation[]): Role => roleOfRelation[relations[0] ?? 'coordinator'];
