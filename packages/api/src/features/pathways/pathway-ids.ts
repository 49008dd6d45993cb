import { createHash } from 'node:crypto';

/** A short hex digest: ids derived from a client's requestId make a retried create land on the same item. */
export const hashId = (value: string, length = 20): string => createHash('sha256').update(value).digest('hex').slice(0, length);

export const pathwayIdOf = (requestId: string) => `p-${hashId(`pathway:${requestId}`, 16)}`;
