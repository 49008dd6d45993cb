import { referralServices } from '@linkki/api';
import { createLinkWorkerRepository, ItemVersionConflictError, type TableAccess } from '@linkki/db';
import { type Tenant, wellbeingCounties } from '@linkki/domain';
import { demoCatalogs } from '../catalog';
import { demoPersonas } from '../demo-personas';
import { type DemoReferral, demoLinkWorkers, demoReferrals } from './demo-referrals';

type Actor = referralServices.ReferralActor;
type Detail = Awaited<ReturnType<typeof referralServices.takeReferral>>;

const dayMs = 24 * 60 * 60 * 1000;
const linkWorkerId = 'demo-linkworker';

/** The same request id every time, so a re-seed finds each referral instead of adding another. */
const requestIdOf = (county: number, index: number) => `00000000-0000-4000-8000-${String(county).padStart(6, '0')}${String(index).padStart(6, '0')}`;

const personaName = (tenant: string, user: string) => demoPersonas.find((persona) => persona.tenant === tenant && persona.user === user)?.displayName ?? user;

const actorOf = (tables: TableAccess, tenant: Tenant, userId: string, role: 'professional' | 'linkWorker', at: Date): Actor => ({
  tenant,
  tenantId: tenant.slug,
  userId,
  roles: [role],
  displayName: personaName(tenant.slug, userId),
  gateway: tables.tenant(tenant.slug),
  now: () => at,
});

/** Up to two published demo activities in the municipality, to suggest. */
const suggestionsIn = (tenant: string, municipality: string) =>
  (demoCatalogs.find((catalog) => catalog.tenant === tenant)?.activities ?? [])
    .filter((activity) => (activity.status ?? 'published') === 'published' && activity.content.municipality === municipality)
    .slice(0, 2)
    .map((activity) => activity.id);

/** Runs tasks one at a time, in call order; for the steps that change a link worker's capacity counter. */
const oneAtATime = () => {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
};

type InTurn = ReturnType<typeof oneAtATime>;

/** Walks a new referral through its stage: taken, started, contacted, measured, completed. */
const advance = async (tables: TableAccess, tenant: Tenant, demo: DemoReferral, created: Detail, start: number, inTurn: InTurn) => {
  const worker = (days: number) => actorOf(tables, tenant, linkWorkerId, 'linkWorker', new Date(start + days * dayMs));
  const nurse = actorOf(tables, tenant, 'demo-nurse', 'professional', new Date(start + dayMs));
  const at = (days: number) => new Date(start + days * dayMs).toISOString();
  let referral = created;
  if (demo.stage === 'cancelled') {
    await referralServices.transitionReferral(nurse, { id: referral.id, expectedVersion: referral.version, to: 'cancelled', reason: 'Asiakas perui, ei halua lähetettä nyt.' });
    return;
  }
  const taken = referral;
  referral = await inTurn(() => referralServices.takeReferral(worker(2), { id: taken.id, expectedVersion: taken.version }));
  if (demo.stage === 'accepted') return;
  referral = await referralServices.recordContact(worker(3), { id: referral.id, expectedVersion: referral.version, kind: 'phone', at: at(3), note: 'Sovittiin tapaaminen.' });
  referral = await referralServices.transitionReferral(worker(3), { id: referral.id, expectedVersion: referral.version, to: 'in-progress' });
  if (demo.swemwbs)
    referral = await referralServices.recordMeasure(worker(5), {
      id: referral.id,
      expectedVersion: referral.version,
      instrument: 'swemwbs',
      phase: 'start',
      filledBy: 'client',
      items: demo.swemwbs[0],
    });
  if (demo.participation)
    referral = await referralServices.recordMeasure(worker(5), {
      id: referral.id,
      expectedVersion: referral.version,
      instrument: 'participation',
      phase: 'start',
      filledBy: 'client',
      items: demo.participation[0],
    });
  if (demo.stage !== 'completed') return;
  const activityId = referral.suggestedActivities[0]?.id;
  referral = await referralServices.recordContact(worker(10), {
    id: referral.id,
    expectedVersion: referral.version,
    kind: 'accompanied-visit',
    at: at(10),
    ...(activityId ? { activityId } : {}),
    note: 'Lähdettiin yhdessä ensimmäiselle kerralle.',
  });
  if (demo.swemwbs)
    referral = await referralServices.recordMeasure(worker(40), {
      id: referral.id,
      expectedVersion: referral.version,
      instrument: 'swemwbs',
      phase: 'end',
      filledBy: 'client',
      items: demo.swemwbs[1],
    });
  if (demo.participation)
    referral = await referralServices.recordMeasure(worker(40), {
      id: referral.id,
      expectedVersion: referral.version,
      instrument: 'participation',
      phase: 'end',
      filledBy: 'client',
      items: demo.participation[1],
    });
  const measured = referral;
  await inTurn(() =>
    referralServices.transitionReferral(worker(41), {
      id: measured.id,
      expectedVersion: measured.version,
      to: 'completed',
      outcome: { joinedActivityIds: activityId ? [activityId] : [], whatChanged: demo.whatChanged ?? 'Asiakas löysi itselleen sopivaa toimintaa.' },
    }),
  );
};

const seedReferral = async (tables: TableAccess, tenant: Tenant, at: { county: number; index: number; now: Date; inTurn: InTurn }, demo: DemoReferral): Promise<boolean> => {
  const { county, index, now } = at;
  const start = now.getTime() - demo.daysAgo * dayMs;
  const municipality = demoLinkWorkers[tenant.slug]?.profile.municipalities[demo.place] ?? tenant.municipalities[0] ?? '';
  const { referral, duplicate } = await referralServices.createReferral(actorOf(tables, tenant, 'demo-nurse', 'professional', new Date(start)), {
    requestId: requestIdOf(county, index),
    typeId: 'wellbeing',
    unitId: demo.unitId,
    client: { name: demo.name, birthYear: demo.birthYear, municipality, phone: `040 555 ${String(1000 + index * 37).slice(0, 4)}`, language: demo.language },
    needs: demo.needs,
    suggestedActivityIds: suggestionsIn(tenant.slug, municipality),
    linkWorkerWanted: true,
    note: demo.note,
    consent: { givenBy: 'client', givenAt: new Date(start).toISOString(), scopes: ['referral-processing', 'link-worker-contact', 'measures'] },
    safety: { acuteCrisis: false, needsProfessionalCare: false },
    submit: demo.stage !== 'draft',
  });
  if (!duplicate && demo.stage !== 'draft' && demo.stage !== 'requested') await advance(tables, tenant, demo, referral, start, at.inTurn);
  return !duplicate;
};

const seedLinkWorker = async (tables: TableAccess, tenantId: string): Promise<boolean> => {
  const demo = demoLinkWorkers[tenantId];
  if (!demo) return false;
  const repository = createLinkWorkerRepository({ gateway: tables.tenant(tenantId), tenantId });
  try {
    await repository.saveProfile(linkWorkerId, demo.profile, 0);
    await repository.saveTraining(linkWorkerId, demo.training, 0);
    return true;
  } catch (error) {
    if (error instanceof ItemVersionConflictError) return false;
    throw error;
  }
};

/**
 * The demo link worker's profile and training, and a caseload of referrals in every stage, in each
 * county that has a demo link worker. Idempotent: existing items are left as people changed them.
 */
export const seedReferrals = async (tables: TableAccess, now = new Date()): Promise<{ created: number; existing: number }> => {
  const counties = wellbeingCounties.filter((county) => demoLinkWorkers[county.slug]);
  const outcomes = await Promise.all(
    counties.map(async (tenant, county) => {
      const profile = await seedLinkWorker(tables, tenant.slug);
      // Taking and completing change the link worker's capacity counter under its version: those go in turn.
      const inTurn = oneAtATime();
      const referrals = await Promise.all(demoReferrals.map((demo, index) => seedReferral(tables, tenant, { county: county + 1, index: index + 1, now, inTurn }, demo)));
      return [profile, ...referrals];
    }),
  );
  const flat = outcomes.flat();
  const created = flat.filter(Boolean).length;
  return { created, existing: flat.length - created };
};
