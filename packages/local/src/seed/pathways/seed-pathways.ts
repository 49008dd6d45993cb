import { createHash } from 'node:crypto';
import { fanOutPathwayNews, newsOfVersion } from '@linkki/api';
import { createNationalPathwayStatsRepository, createPathwayLocalRepository, createPathwayRepository, type TableAccess } from '@linkki/db';
import type { PathwayContent } from '@linkki/domain';
import { text, type Trio } from './demo-pathway-builders';
import { type DemoPathwayCounty, demoPathwayCounties } from './demo-pathway-local';
import { closeOnesPathway, gestationalDraft, riskPathway } from './demo-pathways-others';
import { type1Pathway } from './demo-pathways-type1';
import { type2PathwayVersions } from './demo-pathways-type2';

const dayMs = 24 * 60 * 60 * 1000;
const publisher = 'demo-publisher';
const seedIdOf = (key: string, length = 20) => createHash('sha256').update(`pathway-seed:${key}`).digest('hex').slice(0, length);

const firstPublication: Trio = ['Ensimmäinen julkaisu.', 'Första publiceringen.', 'First publication.'];

/** Each pathway's versions, oldest first; an empty list leaves it a draft. */
export const demoPathways: { id: string; versions: { content: PathwayContent; changeSummary: Trio; daysAgo: number }[]; draft?: PathwayContent }[] = [
  { id: 'tyypin-1-diabetes', versions: [{ content: type1Pathway, changeSummary: firstPublication, daysAgo: 45 }] },
  { id: 'tyypin-2-diabetes', versions: type2PathwayVersions.map((version, index) => ({ ...version, daysAgo: index === 0 ? 90 : 12 })) },
  { id: 'diabetesriski', versions: [{ content: riskPathway, changeSummary: firstPublication, daysAgo: 60 }] },
  { id: 'laheiset', versions: [{ content: closeOnesPathway, changeSummary: firstPublication, daysAgo: 30 }] },
  { id: 'raskausdiabetes', versions: [], draft: gestationalDraft },
];

/** Drafts the pathway and publishes its versions in order, telling every county; nothing if it exists. */
const seedPathway = async (tables: TableAccess, demo: (typeof demoPathways)[number], now: Date): Promise<boolean> => {
  const pathways = createPathwayRepository(tables.platform);
  const first = demo.versions[0]?.content ?? demo.draft;
  if (!first || (await pathways.createDraft(demo.id, first, publisher)) === 'duplicate') return false;
  for (const [index, { content, changeSummary, daysAgo }] of demo.versions.entries()) {
    let draft = await pathways.draft(demo.id);
    if (draft && index > 0) draft = await pathways.saveDraft(demo.id, draft.version, content, publisher);
    if (!draft) throw new Error(`Demo pathway ${demo.id} vanished while seeding`);
    const version = {
      pathwayId: demo.id,
      number: index + 1,
      changeSummary: text(changeSummary),
      content,
      publishedAt: new Date(now.getTime() - daysAgo * dayMs).toISOString(),
      publishedBy: publisher,
    };
    await pathways.publish({ draft, version, requestHash: seedIdOf(`${demo.id}:${index + 1}`) });
    await fanOutPathwayNews({ registry: tables.platform, news: tables.platform }, newsOfVersion(version));
  }
  return true;
};

/** Local additions, and feedback with the views around it; feedback already there is not counted twice. */
const seedCounty = async (tables: TableAccess, { tenant, additions, feedback }: DemoPathwayCounty, now: Date): Promise<number> => {
  const local = createPathwayLocalRepository({ gateway: tables.tenant(tenant), tenantId: tenant });
  const national = createNationalPathwayStatsRepository(tables.platform);
  const added = await Promise.all(
    additions.map(({ note, ...addition }) =>
      local.add({ id: seedIdOf(`${tenant}:${addition.pathwayId}:${addition.stageId}:${addition.activityId}`), ...addition, ...(note ? { note: { fi: note } } : {}), addedBy: 'demo-coordinator' }),
    ),
  );
  for (const [index, entry] of feedback.entries()) {
    const fresh = await local.recordFeedback(entry.pathwayId, {
      feedbackId: seedIdOf(`${tenant}:feedback:${index}`),
      stageId: entry.stageId,
      helpful: entry.helpful,
      comment: entry.comment,
      now: new Date(now.getTime() - (index + 1) * dayMs).toISOString(),
    });
    if (!fresh) continue;
    const counts = { views: entry.views, ...(entry.helpful ? { helpful: 1 } : { notHelpful: 1 }) };
    await Promise.all([local.count(entry.pathwayId, entry.stageId, counts), national.count(entry.pathwayId, tenant, entry.stageId, counts)]);
  }
  return added.filter(Boolean).length;
};

/**
 * Diabetesliitto's demo pathways (one with two versions, one a draft) and, where the counties have
 * their demo catalogs, each county's local activities and feedback.
 */
export const seedPathways = async (tables: TableAccess, { catalogs }: { catalogs: boolean }, now = new Date()): Promise<{ created: number; existing: number }> => {
  const outcomes = await Promise.all(demoPathways.map((demo) => seedPathway(tables, demo, now)));
  const localCreated = catalogs ? await Promise.all(demoPathwayCounties.map((county) => seedCounty(tables, county, now))) : [];
  const localTotal = catalogs ? demoPathwayCounties.reduce((sum, county) => sum + county.additions.length, 0) : 0;
  const created = outcomes.filter(Boolean).length + localCreated.reduce((sum, count) => sum + count, 0);
  return { created, existing: outcomes.length + localTotal - created };
};
