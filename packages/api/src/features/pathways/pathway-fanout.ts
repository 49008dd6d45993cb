import { createPathwayNewsWriter, createTenantRepository, type PathwayNews, type PathwayVersion, type TableGateway } from '@linkki/db';

/** What a county is told about a new national version. */
export const newsOfVersion = (version: PathwayVersion): PathwayNews => ({
  pathwayId: version.pathwayId,
  number: version.number,
  title: version.content.title,
  changeSummary: version.changeSummary,
  publishedAt: version.publishedAt,
});

export interface FanOutTables {
  /** Reads the tenant registry. */
  registry: TableGateway;
  /** Writes the news items; in AWS its credentials allow nothing else. */
  news: TableGateway;
}

/**
 * Tells every active county about a published version, one news item in each county's own
 * partition. Safe to repeat: a county that already has the item keeps it as it is.
 */
export const fanOutPathwayNews = async (tables: FanOutTables, news: PathwayNews): Promise<{ delivered: number; counties: number }> => {
  const active = (await createTenantRepository(tables.registry).list()).filter((tenant) => tenant.status === 'active');
  const writer = createPathwayNewsWriter(tables.news);
  const results = await Promise.all(active.map((tenant) => writer.deliver(tenant.slug, news)));
  return { delivered: results.filter(Boolean).length, counties: active.length };
};

/** Where the API reports a publication; in AWS the table stream does this, so the API sink is empty there. */
export type PathwayPublishedSink = (news: PathwayNews) => Promise<void>;
