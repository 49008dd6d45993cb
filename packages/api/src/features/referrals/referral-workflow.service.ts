import { createLinkWorkerRepository, ItemVersionConflictError, type StoredReferral } from '@linkki/db';
import {
  type AssignReferralInput,
  checkReferralTransition,
  isClosedReferralState,
  LinkWorkerCapacityError,
  LinkWorkerNotFoundError,
  type ReferralHistoryEntry,
  type ReferralRelation,
  ReferralNotTakeableError,
  ReferralTransitionError,
  type TransitionReferralInput,
} from '@linkki/domain';
import { auditRoleOf, type ReferralActor, referralsOf } from './referral-context';
import { commitChange, loadChangeOf, referralToChange } from './referral-commit';

const historyOf = (
  actor: ReferralActor,
  referral: StoredReferral,
  relations: readonly ReferralRelation[],
  entry: Pick<ReferralHistoryEntry, 'to' | 'reason' | 'reasonCode'>,
): ReferralHistoryEntry => ({
  at: actor.now().toISOString(),
  by: actor.userId,
  role: auditRoleOf(relations),
  from: referral.state,
  ...entry,
});

/** Moves a referral to another state, as the workflow table allows the caller. */
export const transitionReferral = async (actor: ReferralActor, input: TransitionReferralInput) => {
  const { referral, relations } = await referralToChange(actor, input.id, input.expectedVersion);
  checkReferralTransition({ from: referral.state, to: input.to, relations, reason: input.reason });
  const next = {
    ...referral,
    state: input.to,
    ...(input.to === 'requested' ? { requestedAt: actor.now().toISOString() } : {}),
    ...(input.outcome ? { outcome: input.outcome } : {}),
  };
  const history = historyOf(actor, referral, relations, { to: input.to, ...(input.reason ? { reason: input.reason } : {}), ...(input.reasonCode ? { reasonCode: input.reasonCode } : {}) });
  return commitChange(actor, referral, next, relations, { action: 'transition', detail: `${referral.state} → ${input.to}`, ...(input.reason ? { reason: input.reason } : {}), history });
};

/** The link worker's counter after taking one more referral, or a refusal when they are full. */
const claimCapacity = async (actor: ReferralActor, linkWorkerId: string) => {
  const profile = await createLinkWorkerRepository({ gateway: actor.gateway, tenantId: actor.tenantId }).profile(linkWorkerId);
  if (!profile) throw new LinkWorkerNotFoundError(linkWorkerId);
  const load = await loadChangeOf(actor, linkWorkerId, 1);
  if (load.before >= profile.profile.capacity) throw new LinkWorkerCapacityError(linkWorkerId);
  return { profile, load };
};

/** A coordinator gives an open referral to a link worker (or to another one); its state does not change. */
export const assignReferral = async (actor: ReferralActor, input: AssignReferralInput) => {
  const { referral, relations } = await referralToChange(actor, input.id, input.expectedVersion);
  if (isClosedReferralState(referral.state) || referral.state === 'draft') throw new ReferralTransitionError(referral.state, referral.state);
  if (referral.assignedLinkWorkerId === input.linkWorkerId) throw new ItemVersionConflictError(input.expectedVersion);
  const { profile, load } = await claimCapacity(actor, input.linkWorkerId);
  const loads = referral.assignedLinkWorkerId ? [load, await loadChangeOf(actor, referral.assignedLinkWorkerId, -1)] : [load];
  const reason = `assigned to ${profile.profile.displayName}`;
  const history = historyOf(actor, referral, relations, { to: referral.state, reason });
  return commitChange(actor, referral, { ...referral, assignedLinkWorkerId: input.linkWorkerId }, relations, { action: 'assign', detail: input.linkWorkerId, reason, history, loads });
};

/** A link worker takes a referral waiting in the queue of one of their municipalities, and accepts it. */
export const takeReferral = async (actor: ReferralActor, input: { id: string; expectedVersion: number }) => {
  const referral = await referralsOf(actor).get(input.id);
  const { profile, load } = await claimCapacity(actor, actor.userId);
  const waiting = referral && referral.state === 'requested' && !referral.assignedLinkWorkerId && referral.linkWorkerWanted && profile.profile.municipalities.includes(referral.municipality);
  if (!referral || !waiting) throw new ReferralNotTakeableError(input.id);
  if (referral.version !== input.expectedVersion) throw new ItemVersionConflictError(input.expectedVersion);
  const relations: ReferralRelation[] = ['assignedLinkWorker'];
  // No free-text reason: history is shown in the reader's language, and the audit trail records the take itself.
  const history = historyOf(actor, referral, relations, { to: 'accepted' });
  return commitChange(actor, referral, { ...referral, assignedLinkWorkerId: actor.userId, state: 'accepted' }, relations, { action: 'take', history, loads: [load] });
};
