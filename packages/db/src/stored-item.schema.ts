import * as z from 'zod';

/** The attributes the gateway adds to every item; entity schemas extend this. */
export const storedItemSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const storageAttributes = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'entity', 'expiresAt'] as const;

export const metaAttributes = ['version', 'createdAt', 'updatedAt'] as const;

/** Drops key attributes so repositories return plain domain records (with their version). */
export const withoutStorageAttributes = <T extends Record<string, unknown>>(item: T) => {
  const record: Record<string, unknown> = { ...item };
  for (const attribute of storageAttributes) delete record[attribute];
  return record as Omit<T, (typeof storageAttributes)[number]>;
};

/** Drops key and bookkeeping attributes, for records whose version no client edits. */
export const withoutStorageAndMeta = <T extends Record<string, unknown>>(item: T) => {
  const record: Record<string, unknown> = withoutStorageAttributes(item);
  for (const attribute of metaAttributes) delete record[attribute];
  return record as Omit<T, (typeof storageAttributes)[number] | (typeof metaAttributes)[number]>;
};
