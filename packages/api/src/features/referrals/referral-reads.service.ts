import { createLinkWorkerRepository, createReferralAuditRepository, createReferralConfigRepository, type Page, type StoredReferral } from '@linkki/db';
import { clientSummaryTexts, type ListReferralsInput, ReferralNotFoundError, summaryLanguageOf } from '@linkki/domain';
import { accessRecordOf } from './access-record';
import { type ReferralActor, referralsOf, relationsOf, requireRelations } from './referral-context';
import { toDetail, toListItem, toQueueItem } from './referral-views';

const auditOf = (actor: ReferralActor) => createReferralAuditRepository({ gateway: actor.gateway, tenantId: actor.tenantId });

/** The referral with its history; reading it is itself recorded in the audit trail. */
const readAudited = async (actor: ReferralActor, id: string, action: 'read' | 'print') => {
  const bundle = await referralsOf(actor).bundle(id);
  const relations = requireRelations(actor, id, bundle?.referral ?? null);
  if (!bundle) throw new ReferralNotFoundError(id);
  await auditOf(actor).append(accessRecordOf(actor, { referral: bundle.referral, relations, action }));
  return { bundle, relations };
};

export const referralById = async (actor: ReferralActor, id: string) => {
  const { bundle, relations } = await readAudited(actor, id, 'read');
  return toDetail(bundle, relations);
};

/**
 * A listing shows each client's name and needs, so it is logged as one record per listed client
 * (in that referral's trail), not one record naming them all: the access log is searched by
 * client, and DynamoDB indexes one key per item. Referrals already stripped of their personal
 * data show none and are not logged.
 */
const listedAudited = async (actor: ReferralActor, page: Promise<Page<StoredReferral>>) => {
  const { items, nextCursor } = await page;
  const shown = items.filter((item) => item.client !== undefined);
  await auditOf(actor).appendAll(shown.map((referral) => accessRecordOf(actor, { referral, relations: relationsOf(actor, referral), action: 'list' })));
  return { items: items.map(toListItem), nextCursor };
};

/** The caller's own view: a coordinator sees all, a link worker their caseload, a professional what they sent. */
export const listReferrals = (actor: ReferralActor, input: ListReferralsInput) => {
  const repository = referralsOf(actor);
  if (actor.roles.includes('coordinator')) return listedAudited(actor, repository.listAll(input.state, input.cursor));
  const own = actor.roles.includes('linkWorker') ? repository.listCaseload(actor.userId, input.cursor) : repository.listByReferrer(actor.userId, input.cursor);
  return listedAudited(
    actor,
    own.then((page) => ({ ...page, items: input.state ? page.items.filter((item) => item.state === input.state) : page.items })),
  );
};

/** Referrals waiting for a link worker in the caller's municipalities, oldest first. */
export const referralQueue = async (actor: ReferralActor) => {
  const profile = await createLinkWorkerRepository({ gateway: actor.gateway, tenantId: actor.tenantId }).profile(actor.userId);
  if (!profile) return { items: [] };
  const pages = await Promise.all(profile.profile.municipalities.map((municipality) => referralsOf(actor).listQueue(municipality)));
  const items = pages.flatMap((page) => page.items).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { items: items.map(toQueueItem) };
};

/** The printable sheet for a client who does not use digital services, in their own language. */
export const clientSummary = async (actor: ReferralActor, id: string) => {
  const [{ bundle }, { config }] = await Promise.all([readAudited(actor, id, 'print'), createReferralConfigRepository({ gateway: actor.gateway, tenantId: actor.tenantId }).get()]);
  const { referral } = bundle;
  if (!referral.client) throw new ReferralNotFoundError(id);
  const language = summaryLanguageOf(referral.client.language);
  const texts = clientSummaryTexts[language];
  const type = config.types.find((candidate) => candidate.id === referral.typeId);
  const unit = type?.units.find((candidate) => candidate.id === referral.unitId);
  return {
    language,
    texts,
    clientName: referral.client.name,
    needs: referral.needs.map((code) => ({ code, label: texts.needs[code] })),
    activities: referral.suggestedActivities.map((activity) => ({ id: activity.id, title: activity.title[language] || activity.title.fi, municipality: activity.municipality })),
    linkWorkerWanted: referral.linkWorkerWanted,
    referrerName: referral.referrerName,
    typeName: type?.name[language] ?? referral.typeId,
    unitName: unit?.name[language] ?? referral.unitId,
    createdAt: referral.createdAt,
  };
};

/** A referral's audit trail, oldest first; it says who handled the client, so reading it is recorded too. */
export const auditTrail = async (actor: ReferralActor, id: string, cursor?: string) => {
  const referral = await referralsOf(actor).get(id);
  const relations = requireRelations(actor, id, referral);
  if (!referral) throw new ReferralNotFoundError(id);
  const audit = auditOf(actor);
  await audit.append(accessRecordOf(actor, { referral, relations, action: 'audit-read' }));
  return audit.trail(id, cursor);
};
