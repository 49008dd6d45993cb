import { idempotentId } from '../../idempotent-id';

/** A short hex digest: ids derived from a client's requestId make a retried create land on the same item. */
export const hashId = (value: string, length = 20): string => idempotentId([value], { length });

export const pathwayIdOf = (requestId: string) => idempotentId(['pathway', requestId], { prefix: 'p-', length: 16 });
