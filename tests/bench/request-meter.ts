import type { DynamoDBDocumentClient } from '@linkki/db';

/** Counts DynamoDB requests and the capacity they consume, by asking every request to report it. */
export interface RequestMeter {
  requests: number;
  capacityUnits: number;
  reset(): void;
}

interface ConsumedCapacity {
  CapacityUnits?: number;
}

const unitsOf = (output: unknown): number => {
  const consumed = (output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
};

export const attachRequestMeter = (client: DynamoDBDocumentClient): RequestMeter => {
  const meter: RequestMeter = {
    requests: 0,
    capacityUnits: 0,
    reset() {
      meter.requests = 0;
      meter.capacityUnits = 0;
    },
  };
  client.middlewareStack.add(
    (next) => async (args) => {
      meter.requests += 1;
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      meter.capacityUnits += unitsOf(result.output);
      return result;
    },
    { step: 'initialize', name: 'linkkiRequestMeter' },
  );
  return meter;
};
