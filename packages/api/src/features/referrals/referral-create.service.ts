import { createActivityRepository, createReferralConfigRepository, noMeasures, type ReferralRecord } from '@linkki/db';
import { ActivityNotFoundError, type CreateReferralInput, isActiveTypeAndUnit, NotAWellbeingReferralError, ReferralInputRefusedError, requireCountyMunicipalities } from '@linkki/domain';
import { idempotentId } from '../../idempotent-id';
import { accessRecordOf } from './access-record';
import { type ReferralActor, referralsOf } from './referral-context';
import { statisticsOf } from './referral-commit';
import { toDetail } from './referral-views';

/** The same professional's same request id always names the same referral, so a retry finds it. */
export const referralIdOf = (tenantId: string, userId: string, requestId: string): string => idempotentId([tenantId, userId, requestId], { prefix: 'ref-', length: 24 });

const checkInput = async (actor: ReferralActor, input: CreateReferralInput) => {
  if (input.safety.acuteCrisis || input.safety.needsProfessionalCare) throw new NotAWellbeingReferralError();
  requireCountyMunicipalities(actor.tenant.municipalities, [input.client.municipality], 'client.municipality');
  const { config } = await createReferralConfigRepository({ gateway: actor.gateway, tenantId: actor.tenantId }).get();
  if (!isActiveTypeAndUnit(config, input.typeId, input.unitId)) throw new ReferralInputRefusedError('unitId', 'choose a referral type and sending unit in use in this county');
};

/** The suggested activities as they read now; each must be published in this county. */
const suggestedActivitiesOf = async (actor: ReferralActor, ids: readonly string[]) => {
  const activities = createActivityRepository({ gateway: actor.gateway, tenantId: actor.tenantId });
  return Promise.all(
    [...new Set(ids)].map(async (id) => {
      const activity = await activities.byId(id);
      if (!activity || activity.status !== 'published') throw new ActivityNotFoundError(id);
      return { id, title: activity.content.title, municipality: activity.content.municipality };
    }),
  );
};

const recordOf = (actor: ReferralActor, id: string, input: CreateReferralInput, suggestedActivities: ReferralRecord['suggestedActivities'], now: string): ReferralRecord => ({
  id,
  state: input.submit ? 'requested' : 'draft',
  typeId: input.typeId,
  unitId: input.unitId,
  municipality: input.client.municipality,
  referrerId: actor.userId,
  referrerName: actor.displayName,
  client: input.client,
  needs: input.needs,
  ...(input.needsOther ? { needsOther: input.needsOther } : {}),
  suggestedActivities,
  ...(input.suggestedPathwayStages?.length ? { suggestedPathwayStages: input.suggestedPathwayStages } : {}),
  linkWorkerWanted: input.linkWorkerWanted,
  ...(input.note ? { note: input.note } : {}),
  consent: { ...input.consent, recordedBy: actor.userId, recordedAt: now },
  measures: noMeasures,
  ...(input.submit ? { requestedAt: now } : {}),
  personalDataRemoved: false,
});

/** A professional's new referral, with its consent, first history step, statistics and audit record. */
export const createReferral = async (actor: ReferralActor, input: CreateReferralInput) => {
  await checkInput(actor, input);
  const repository = referralsOf(actor);
  const id = referralIdOf(actor.tenantId, actor.userId, input.requestId);
  const existing = await repository.bundle(id);
  if (existing) return { referral: toDetail(existing, ['referrer']), duplicate: true };
  const now = actor.now().toISOString();
  const record = recordOf(actor, id, input, await suggestedActivitiesOf(actor, input.suggestedActivityIds), now);
  const outcome = await repository.create({
    next: record,
    createdAt: now,
    now,
    audit: accessRecordOf(actor, { referral: record, relations: ['referrer'], action: 'create', at: now }),
    statistics: statisticsOf(record, now),
    history: { at: now, by: actor.userId, role: 'professional', from: null, to: record.state },
  });
  const bundle = await repository.bundle(id);
  if (!bundle) throw new Error(`Referral ${id} vanished right after it was created`);
  return { referral: toDetail(bundle, ['referrer']), duplicate: outcome === 'duplicate' };
};
