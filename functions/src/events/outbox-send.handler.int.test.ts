import { marshall } from '@aws-sdk/util-dynamodb';
import { createNotificationDelivery, createTableGateway, type Notification, notificationItemOf } from '@linkki/db';
import type { Context, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../tests/helpers/test-table';
import { createOutboxSendHandler, type EmailSender } from './outbox-send.handler';

const context = { functionName: 'outbox', awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as Context;

/** The email interface the SES sender implements, recording what it sends; addresses listed in `down` fail until they are taken out. */
const recordingSender = () => {
  const sent: string[] = [];
  const down = new Set<string>();
  const send: EmailSender = async ({ to, subject }) => {
    if (to.some((address) => down.has(address))) throw new Error('mail server down');
    sent.push(`${to.join()}:${subject}`);
  };
  return { send, sent, down };
};

const notificationOf = (n: number): Notification => ({ id: `n${n}`, to: [`yhdistys${n}@example.fi`], subject: `Viesti ${n}`, body: 'Hei', topic: 'contactRequest' });

/** Writes the notifications to lappi's outbox as the API does, and returns the stream records of their inserts. */
const setup = async (count: number) => {
  const table = await createTestTable({ seed: false });
  const gateway = createTableGateway(table.client, table.tableName);
  const records: DynamoDBRecord[] = [];
  for (let n = 1; n <= count; n += 1) {
    const item = notificationItemOf('lappi', notificationOf(n), `2026-12-03T10:00:0${n}.000Z`);
    await gateway.putNew(item);
    records.push({
      eventName: 'INSERT',
      dynamodb: { SequenceNumber: `${n}00`, Keys: marshall({ pk: item.pk, sk: item.sk }) as never, NewImage: marshall({ ...item, version: 1, createdAt: 'x', updatedAt: 'x' }) as never },
    });
  }
  const email = recordingSender();
  const delivery = createNotificationDelivery({ client: table.client, tableName: table.tableName });
  const handlerAt = (now: () => Date) => createOutboxSendHandler({ send: email.send, from: 'linkki@example.fi', delivery, now });
  const handler = handlerAt(() => new Date());
  const run = (batch: DynamoDBRecord[]) => handler({ Records: batch }, context);
  return { records, email, run, delivery, handlerAt };
};

describe('outbox sender against the table', () => {
  it('reports only the record that failed, and sends the others once', async () => {
    const { records, email, run } = await setup(3);
    email.down.add('yhdistys2@example.fi');
    const result = await run(records);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '200' }]);
    expect(email.sent).toEqual(['yhdistys1@example.fi:Viesti 1', 'yhdistys3@example.fi:Viesti 3']);
  });

  it('sends nothing twice when the stream redelivers from the failed record, and sends the failed one on retry exactly once', async () => {
    const { records, email, run } = await setup(3);
    email.down.add('yhdistys2@example.fi');
    await run(records);
    // Lambda retries from the lowest failed sequence number: records 2 and 3 come again.
    email.down.clear();
    expect((await run(records.slice(1))).batchItemFailures).toEqual([]);
    // And a whole batch delivered once more (a retry after a timeout, say) sends nothing.
    expect((await run(records)).batchItemFailures).toEqual([]);
    expect(email.sent.sort()).toEqual(['yhdistys1@example.fi:Viesti 1', 'yhdistys2@example.fi:Viesti 2', 'yhdistys3@example.fi:Viesti 3']);
  });

  it('sends a message whose earlier send failed when it is retried later, once', async () => {
    const { records, email, run } = await setup(2);
    email.down.add('yhdistys1@example.fi');
    expect((await run(records)).batchItemFailures).toEqual([{ itemIdentifier: '100' }]);
    expect((await run(records)).batchItemFailures).toEqual([{ itemIdentifier: '100' }]);
    email.down.clear();
    expect((await run(records)).batchItemFailures).toEqual([]);
    expect((await run(records)).batchItemFailures).toEqual([]);
    expect(email.sent.filter((line) => line.startsWith('yhdistys1'))).toEqual(['yhdistys1@example.fi:Viesti 1']);
    expect(email.sent).toHaveLength(2);
  });

  it('leaves a message alone while another invocation holds its claim, and sends it once that claim has lapsed', async () => {
    const { records, email, run, delivery, handlerAt } = await setup(2);
    const inFlight = new Date();
    const key = { pk: 'T#lappi#OUTBOX', sk: '2026-12-03T10:00:01.000Z#n1' };
    expect(await delivery.claim(key, { claimId: 'other-invocation', now: inFlight, until: new Date(inFlight.getTime() + 30_000) })).toBe('claimed');
    expect((await run(records)).batchItemFailures).toEqual([{ itemIdentifier: '100' }]);
    expect(email.sent).toEqual(['yhdistys2@example.fi:Viesti 2']);
    // The other invocation timed out without sending: after its claim lapses, the retry sends the message.
    const afterTimeout = handlerAt(() => new Date(inFlight.getTime() + 31_000));
    expect((await afterTimeout({ Records: records }, context)).batchItemFailures).toEqual([]);
    expect((await run(records)).batchItemFailures).toEqual([]);
    expect(email.sent).toEqual(['yhdistys2@example.fi:Viesti 2', 'yhdistys1@example.fi:Viesti 1']);
  });

  it('sends inserted notifications only: no update of one, and no other item', async () => {
    const { records, email, run } = await setup(1);
    const [insert] = records;
    const activity = { eventName: 'INSERT' as const, dynamodb: { SequenceNumber: '300', NewImage: marshall({ pk: 'T#lappi#ACTIVITY', sk: 'a1', entity: 'activity', id: 'a1' }) as never } };
    expect((await run([{ ...insert!, eventName: 'MODIFY' }, activity])).batchItemFailures).toEqual([]);
    expect(email.sent).toEqual([]);
  });
});
