import type { AuditRecord, StoredReferral } from '@linkki/db';
import { accessPurposeOf, type ReferralRelation } from '@linkki/domain';
import { auditRoleOf, type ReferralActor } from './referral-context';

export interface AccessOf {
  referral: Pick<StoredReferral, 'id' | 'unitId'>;
  relations: readonly ReferralRelation[];
  action: AuditRecord['action'];
  /** The time of the change the record belongs to; a read is recorded at the time it is made. */
  at?: string;
  detail?: string;
  reason?: string;
}

/**
 * The access-log record of the caller's `action` on one referral: user, unit, client, what, when
 * and why (Client Data Act 703/2023). Staff memberships carry no unit, so the only unit the
 * platform knows of an actor is the sending unit of a referral they sent; others are named by
 * role and purpose alone.
 */
export const accessRecordOf = (actor: ReferralActor, { referral, relations, action, at, detail, reason }: AccessOf): AuditRecord => ({
  at: at ?? actor.now().toISOString(),
  userId: actor.userId,
  role: auditRoleOf(relations),
  referralId: referral.id,
  ...(relations[0] === 'referrer' ? { unitId: referral.unitId } : {}),
  purpose: accessPurposeOf(relations),
  action,
  ...(detail ? { detail } : {}),
  ...(reason ? { reason } : {}),
});
