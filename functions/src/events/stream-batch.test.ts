import type { Context, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { streamBatchHandler } from './stream-batch';

const context = { functionName: 'stream', awsRequestId: 'test', getRemainingTimeInMillis: () => 1000 } as Context;
const recordOf = (sequence: string): DynamoDBRecord => ({ eventName: 'INSERT', dynamodb: { SequenceNumber: sequence } });

/** A handler that records what it handled and fails the sequence numbers in `failing`; records numbered 0 are not its own. */
const setup = (failing: string[]) => {
  const handled: string[] = [];
  const handler = streamBatchHandler({
    itemOf: (record) => (record.dynamodb?.SequenceNumber === '0' ? null : (record.dynamodb?.SequenceNumber ?? null)),
    async handle(sequence) {
      if (failing.includes(sequence)) throw new Error(`record ${sequence} failed`);
      handled.push(sequence);
    },
  });
  return { handled, run: (...sequences: string[]) => handler({ Records: sequences.map(recordOf) }, context) };
};

describe('the stream batch loop', () => {
  it('reports only the failed record, and handles the others in stream order', async () => {
    const { handled, run } = setup(['2']);
    expect(await run('1', '2', '3')).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(handled).toEqual(['1', '3']);
  });

  it('skips records that are not its own without reporting them', async () => {
    const { handled, run } = setup([]);
    expect(await run('0', '1')).toEqual({ batchItemFailures: [] });
    expect(handled).toEqual(['1']);
  });

  it('fails the invocation when every record fails, so Lambda bisects the batch', async () => {
    const { run } = setup(['1', '2']);
    await expect(run('1', '2')).rejects.toThrow();
  });
});
