import type { PathwayContent } from '@linkki/domain';
import { ItemAlreadyExistsError } from '../errors';
import { withoutStorageAndMeta, withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway } from '../table-gateway';
import {
  type DraftItem,
  draftItemSchema,
  draftKeyOf,
  draftsIndexPartition,
  latestItemSchema,
  latestKeyOf,
  pathwayIndexPosition,
  pathwayPartition,
  type PathwayVersion,
  publishedIndexPartition,
  publishRequestItemSchema,
  publishRequestKeyOf,
  versionItemSchema,
  versionKeyOf,
} from './pathway.entity';

export type PathwayDraft = ReturnType<typeof toDraft>;
const toDraft = (item: DraftItem) => withoutStorageAttributes(item);

/** More pathways than the programme will ever have; the lists are read in one page. */
const listPageSize = 100;

const draftIndexOf = (pathwayId: string, content: PathwayContent) => ({ gsi1pk: draftsIndexPartition(), gsi1sk: pathwayIndexPosition(content.targetGroup, pathwayId) });

/** Drafts and published versions of the national pathways; all through `tables.platform`. */
export const createPathwayRepository = (gateway: TableGateway) => ({
  /** 'duplicate' when the id is taken (a retried create). */
  async createDraft(pathwayId: string, content: PathwayContent, userId: string): Promise<'created' | 'duplicate'> {
    try {
      await gateway.putNew({ ...draftKeyOf(pathwayId), ...draftIndexOf(pathwayId, content), entity: 'pathwayDraft', id: pathwayId, content, publishedVersion: 0, updatedBy: userId });
      return 'created';
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return 'duplicate';
      throw error;
    }
  },

  async draft(pathwayId: string): Promise<PathwayDraft | null> {
    const item = await gateway.get(draftKeyOf(pathwayId), draftItemSchema);
    return item ? toDraft(item) : null;
  },

  async drafts(): Promise<PathwayDraft[]> {
    const page = await gateway.queryPage({ schema: draftItemSchema, index: 'gsi1', partition: draftsIndexPartition(), limit: listPageSize });
    return page.items.map(toDraft);
  },

  async saveDraft(pathwayId: string, expectedVersion: number, content: PathwayContent, userId: string): Promise<PathwayDraft> {
    const changes = { content, updatedBy: userId, ...draftIndexOf(pathwayId, content) };
    return toDraft(await gateway.updateVersioned(draftKeyOf(pathwayId), expectedVersion, changes, draftItemSchema));
  },

  /**
   * Version N, the newest copy and the draft's version counter move together or not at all; the
   * request marker makes a retried publish find the version it already made.
   */
  async publish({ draft, version, requestHash }: { draft: PathwayDraft; version: PathwayVersion; requestHash: string }): Promise<void> {
    const now = version.publishedAt;
    const published = { gsi1pk: publishedIndexPartition(), gsi1sk: pathwayIndexPosition(version.content.targetGroup, version.pathwayId) };
    await gateway.transact([
      { kind: 'create', now, item: { ...publishRequestKeyOf(draft.id, requestHash), entity: 'pathwayPublishRequest', number: version.number } },
      { kind: 'update', key: draftKeyOf(draft.id), expectedVersion: draft.version, changes: { publishedVersion: version.number }, now },
      { kind: 'create', now, item: { ...versionKeyOf(draft.id, version.number), entity: 'pathwayVersion', ...version } },
      { kind: 'replace', now, item: { ...latestKeyOf(draft.id), ...published, entity: 'pathwayLatest', ...version } },
    ]);
  },

  async publishedNumberOf(pathwayId: string, requestHash: string): Promise<number | null> {
    const item = await gateway.get(publishRequestKeyOf(pathwayId, requestHash), publishRequestItemSchema);
    return item?.number ?? null;
  },

  async latest(pathwayId: string): Promise<PathwayVersion | null> {
    const item = await gateway.get(latestKeyOf(pathwayId), latestItemSchema);
    return item ? withoutStorageAndMeta(item) : null;
  },

  /** Every published pathway in its newest version, by target group. */
  async published(): Promise<PathwayVersion[]> {
    const page = await gateway.queryPage({ schema: latestItemSchema, index: 'gsi1', partition: publishedIndexPartition(), limit: listPageSize });
    return page.items.map((item) => withoutStorageAndMeta(item));
  },

  async version(pathwayId: string, number: number): Promise<PathwayVersion | null> {
    const item = await gateway.get(versionKeyOf(pathwayId, number), versionItemSchema);
    return item ? withoutStorageAndMeta(item) : null;
  },

  /** Versions newest first. */
  async versions(pathwayId: string, cursor?: string): Promise<Page<PathwayVersion>> {
    const page = await gateway.queryPage({ schema: versionItemSchema, partition: pathwayPartition(pathwayId), sortKeyBeginsWith: 'V#', limit: 50, cursor, newestFirst: true });
    return { ...page, items: page.items.map((item) => withoutStorageAndMeta(item)) };
  },
});

export type PathwayRepository = ReturnType<typeof createPathwayRepository>;
