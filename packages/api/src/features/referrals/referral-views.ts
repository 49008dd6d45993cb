import type { ReferralBundle, StoredReferral } from '@linkki/db';
import { checkReferralTransition, type ReferralRelation, type ReferralState, referralStates } from '@linkki/domain';

/** What every list shows of a referral: no contact details, no free text. */
export const toListItem = (referral: StoredReferral) => ({
  id: referral.id,
  version: referral.version,
  state: referral.state,
  typeId: referral.typeId,
  unitId: referral.unitId,
  municipality: referral.municipality,
  clientName: referral.client?.name ?? null,
  needs: referral.needs,
  referrerId: referral.referrerId,
  referrerName: referral.referrerName,
  assignedLinkWorkerId: referral.assignedLinkWorkerId ?? null,
  linkWorkerWanted: referral.linkWorkerWanted,
  createdAt: referral.createdAt,
  requestedAt: referral.requestedAt ?? null,
  firstContactAt: referral.firstContactAt ?? null,
  closedAt: referral.closedAt ?? null,
  updatedAt: referral.updatedAt,
  personalDataRemoved: referral.personalDataRemoved,
});
export type ReferralListItem = ReturnType<typeof toListItem>;

/** A queued referral as a link worker outside it sees it: enough to decide, nothing that names the client. */
export const toQueueItem = (referral: StoredReferral) => ({
  id: referral.id,
  version: referral.version,
  typeId: referral.typeId,
  unitId: referral.unitId,
  municipality: referral.municipality,
  needs: referral.needs,
  language: referral.client?.language ?? null,
  createdAt: referral.createdAt,
  requestedAt: referral.requestedAt ?? null,
});

const allowedTransitionsOf = (state: ReferralState, relations: readonly ReferralRelation[]): ReferralState[] =>
  referralStates.filter((to) => {
    try {
      checkReferralTransition({ from: state, to, relations, reason: 'x' });
      return true;
    } catch {
      return false;
    }
  });

/**
 * The full referral for those who may see it. Built field by field so that the stored participation
 * scores (`hiddenScores`) can never reach staff.
 */
export const toDetail = ({ referral, history, contacts }: ReferralBundle, relations: readonly ReferralRelation[]) => ({
  ...toListItem(referral),
  client: referral.client ?? null,
  ...(referral.needsOther ? { needsOther: referral.needsOther } : {}),
  ...(referral.note ? { note: referral.note } : {}),
  suggestedActivities: referral.suggestedActivities,
  suggestedPathwayStages: referral.suggestedPathwayStages ?? [],
  consent: referral.consent ?? null,
  outcome: referral.outcome ?? null,
  history,
  contacts,
  measures: {
    swemwbs: referral.measures.swemwbs,
    participation: { start: referral.measures.participation.start, end: referral.measures.participation.end },
  },
  allowedTransitions: referral.personalDataRemoved ? [] : allowedTransitionsOf(referral.state, relations),
  relations: [...relations],
});
export type ReferralDetail = ReturnType<typeof toDetail>;
