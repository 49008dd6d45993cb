import { createLinkWorkerRepository, ItemVersionConflictError, type LoadWrite, type ReferralCommit, type ReferralRecord, type ReferralStatistics, type StoredReferral } from '@linkki/db';
import { isClosedReferralState, ReferralNotFoundError, type ReferralRelation } from '@linkki/domain';
import { accessRecordOf } from './access-record';
import { type ReferralActor, referralsOf, requireRelations } from './referral-context';
import { toDetail } from './referral-views';

/** The anonymous statistics of a referral: derived from the record, never holding a person. */
export const statisticsOf = (record: ReferralRecord, createdAt: string): ReferralStatistics => ({
  referralId: record.id,
  month: createdAt.slice(0, 7),
  typeId: record.typeId,
  unitId: record.unitId,
  municipality: record.municipality,
  state: record.state,
  ...(record.requestedAt ? { requestedAt: record.requestedAt } : {}),
  ...(record.firstContactAt ? { firstContactAt: record.firstContactAt } : {}),
  ...(record.closedAt ? { closedAt: record.closedAt } : {}),
  ...(record.measures.swemwbs.start ? { swemwbsStart: record.measures.swemwbs.start.metric } : {}),
  ...(record.measures.swemwbs.end ? { swemwbsEnd: record.measures.swemwbs.end.metric } : {}),
  ...(record.hiddenScores?.participationStart !== undefined ? { participationStart: record.hiddenScores.participationStart } : {}),
  ...(record.hiddenScores?.participationEnd !== undefined ? { participationEnd: record.hiddenScores.participationEnd } : {}),
});

/** The link worker's open-referral counter after `delta`, under the version just read. */
export const loadChangeOf = async (actor: ReferralActor, userId: string, delta: 1 | -1): Promise<LoadWrite & { before: number }> => {
  const load = await createLinkWorkerRepository({ gateway: actor.gateway, tenantId: actor.tenantId }).load(userId);
  return { userId, expectedVersion: load.version, activeCount: Math.max(0, load.activeCount + delta), before: load.activeCount };
};

export interface ChangeInput extends Pick<ReferralCommit, 'history' | 'contact' | 'measure'> {
  action: ReferralCommit['audit']['action'];
  detail?: string;
  reason?: string;
  loads?: LoadWrite[];
}

/**
 * Writes `next` over `current` with its audit record, statistics and side items in one
 * transaction; closing a referral also stamps `closedAt`, frees the link worker's capacity and
 * enters the closed index. Returns the referral as the caller now sees it.
 */
export const commitChange = async (actor: ReferralActor, current: StoredReferral, next: ReferralRecord, relations: readonly ReferralRelation[], change: ChangeInput) => {
  const now = actor.now().toISOString();
  const closing = !isClosedReferralState(current.state) && isClosedReferralState(next.state);
  const record: ReferralRecord = closing ? { ...next, closedAt: now } : next;
  const loads = [...(change.loads ?? [])];
  if (closing && current.assignedLinkWorkerId) loads.push(await loadChangeOf(actor, current.assignedLinkWorkerId, -1));
  const repository = referralsOf(actor);
  await repository.commit({
    expectedVersion: current.version,
    next: record,
    createdAt: current.createdAt,
    now,
    audit: accessRecordOf(actor, {
      referral: current,
      relations,
      action: change.action,
      at: now,
      ...(change.detail ? { detail: change.detail } : {}),
      ...(change.reason ? { reason: change.reason } : {}),
    }),
    statistics: statisticsOf(record, current.createdAt),
    ...(change.history ? { history: change.history } : {}),
    ...(change.contact ? { contact: change.contact } : {}),
    ...(change.measure ? { measure: change.measure } : {}),
    ...(closing ? { closedAt: now } : {}),
    loads: loads.map(({ userId, expectedVersion, activeCount }) => ({ userId, expectedVersion, activeCount })),
  });
  const bundle = await repository.bundle(current.id);
  if (!bundle) throw new ItemVersionConflictError(current.version);
  return toDetail(bundle, relations);
};

/**
 * The referral the caller acts on and how they stand to it: invisible ones are not found, and a
 * stale version is refused before any decision is made on it.
 */
export const referralToChange = async (actor: ReferralActor, id: string, expectedVersion: number) => {
  const referral = await referralsOf(actor).get(id);
  const relations = requireRelations(actor, id, referral);
  if (!referral) throw new ReferralNotFoundError(id);
  if (referral.version !== expectedVersion) throw new ItemVersionConflictError(expectedVersion);
  return { referral, relations };
};
