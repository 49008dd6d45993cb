import type { LinkWorkerProfile, LinkWorkerSurveyInput, TrainingRecord } from '@linkki/domain';
import type { ZodType } from 'zod';
import { ItemAlreadyExistsError, ItemVersionConflictError } from '../errors';
import type { ItemKey, TableGateway } from '../table-gateway';
import {
  linkWorkerLoadItemSchema,
  linkWorkerLoadKeyOf,
  linkWorkerProfileItemSchema,
  linkWorkerProfileKeyOf,
  linkWorkersPartition,
  surveyItemSchema,
  surveyKeyOf,
  surveyPartition,
  trainingItemSchema,
  trainingKeyOf,
} from './link-worker.entity';

export interface StoredLinkWorker {
  userId: string;
  profile: LinkWorkerProfile;
  version: number;
}

export interface LinkWorkerLoad {
  activeCount: number;
  /** 0 while the link worker has never had a referral. */
  version: number;
}

const profileOf = ({ userId, displayName, kind, municipalities, languages, capacity, version }: ReturnType<typeof linkWorkerProfileItemSchema.parse>): StoredLinkWorker => ({
  userId,
  profile: { displayName, kind, municipalities, languages, capacity },
  version,
});

/** Creates at version 0, else updates under the version the caller read. */
const saveVersioned = async <T>(gateway: TableGateway, key: ItemKey, item: Record<string, unknown>, expectedVersion: number, schema: ZodType<T>): Promise<T> => {
  if (expectedVersion > 0) return gateway.updateVersioned(key, expectedVersion, item, schema);
  try {
    await gateway.putNew({ ...key, ...item });
  } catch (error) {
    if (error instanceof ItemAlreadyExistsError) throw new ItemVersionConflictError(0);
    throw error;
  }
  const saved = await gateway.get(key, schema);
  if (!saved) throw new ItemVersionConflictError(0);
  return saved;
};

/** The user id of a `T#<t>#LW#<userId>` partition. */
const userIdOfPartition = (pk: string): string => pk.split('#').at(-1) ?? '';

const emptyTraining: TrainingRecord = { courses: [], mentoring: [] };

/** Link workers' profiles, open-referral counters, training records and survey answers in one tenant. */
export const createLinkWorkerRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  async profile(userId: string): Promise<StoredLinkWorker | null> {
    const item = await gateway.get(linkWorkerProfileKeyOf(tenantId, userId), linkWorkerProfileItemSchema);
    return item ? profileOf(item) : null;
  },

  async saveProfile(userId: string, profile: LinkWorkerProfile, expectedVersion: number): Promise<StoredLinkWorker> {
    const item = { entity: 'linkWorkerProfile', userId, ...profile, gsi1pk: linkWorkersPartition(tenantId), gsi1sk: userId };
    return profileOf(await saveVersioned(gateway, linkWorkerProfileKeyOf(tenantId, userId), item, expectedVersion, linkWorkerProfileItemSchema));
  },

  async list(): Promise<StoredLinkWorker[]> {
    const page = await gateway.queryPage({ schema: linkWorkerProfileItemSchema, index: 'gsi1', partition: linkWorkersPartition(tenantId), limit: 500 });
    return page.items.map(profileOf);
  },

  async load(userId: string): Promise<LinkWorkerLoad> {
    const item = await gateway.get(linkWorkerLoadKeyOf(tenantId, userId), linkWorkerLoadItemSchema);
    return item ? { activeCount: item.activeCount, version: item.version } : { activeCount: 0, version: 0 };
  },

  /** The open-referral counts of many link workers in one request; absent counters are zero. */
  async loads(userIds: readonly string[]): Promise<Map<string, number>> {
    const items = userIds.length
      ? await gateway.batchGet(
          userIds.map((userId) => linkWorkerLoadKeyOf(tenantId, userId)),
          linkWorkerLoadItemSchema,
        )
      : [];
    const counts = new Map(userIds.map((userId) => [userId, 0]));
    for (const item of items) counts.set(userIdOfPartition(item.pk), item.activeCount);
    return counts;
  },

  async training(userId: string): Promise<{ record: TrainingRecord; version: number }> {
    const item = await gateway.get(trainingKeyOf(tenantId, userId), trainingItemSchema);
    return item ? { record: { courses: item.courses, mentoring: item.mentoring }, version: item.version } : { record: emptyTraining, version: 0 };
  },

  async saveTraining(userId: string, record: TrainingRecord, expectedVersion: number): Promise<{ record: TrainingRecord; version: number }> {
    const item = await saveVersioned(gateway, trainingKeyOf(tenantId, userId), { entity: 'trainingRecord', ...record }, expectedVersion, trainingItemSchema);
    return { record: { courses: item.courses, mentoring: item.mentoring }, version: item.version };
  },

  /** One current answer per link worker; a new one replaces it (the survey is repeated yearly). */
  async submitSurvey(userId: string, answer: LinkWorkerSurveyInput, submittedAt: string): Promise<void> {
    await gateway.transact([{ kind: 'replace', now: submittedAt, item: { ...surveyKeyOf(tenantId, userId), entity: 'linkWorkerSurvey', ...answer, submittedAt } }]);
  },

  async surveyAnswers(): Promise<LinkWorkerSurveyInput[]> {
    const page = await gateway.queryPage({ schema: surveyItemSchema, partition: surveyPartition(tenantId), limit: 1000 });
    return page.items.map(({ answers, comment }) => ({ answers, ...(comment ? { comment } : {}) }));
  },
});

export type LinkWorkerRepository = ReturnType<typeof createLinkWorkerRepository>;
