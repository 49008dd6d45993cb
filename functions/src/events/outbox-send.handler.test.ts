import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createOutboxSendHandler, type EmailSender } from './outbox-send.handler';

const record = (eventName: 'INSERT' | 'MODIFY', image: Record<string, unknown>, sequence: string) => ({
  eventName,
  dynamodb: { SequenceNumber: sequence, NewImage: marshall(image) as never },
});

const notification = { entity: 'notification', id: 'n1', to: ['info@yhdistys.example'], subject: 'Uusi yhteydenottopyyntö', body: 'Hei', topic: 'contactRequest' };
const context = { getRemainingTimeInMillis: () => 1000 } as Context;

describe('outbox sender', () => {
  it('sends inserted notifications only, and reports the ones it could not send', async () => {
    const sent: string[] = [];
    const send: EmailSender = async ({ to, subject }) => {
      if (to[0] === 'down@yhdistys.example') throw new Error('mail server down');
      sent.push(`${to.join()}:${subject}`);
    };
    const handler = createOutboxSendHandler({ send, from: 'linkki@example.fi' });
    const event = {
      Records: [
        record('INSERT', notification, '1'),
        record('MODIFY', notification, '2'),
        record('INSERT', { entity: 'activity', id: 'a1' }, '3'),
        record('INSERT', { ...notification, id: 'n2', to: ['down@yhdistys.example'] }, '4'),
      ],
    } as DynamoDBStreamEvent;
    const result = await handler(event, context);
    expect(sent).toEqual(['info@yhdistys.example:Uusi yhteydenottopyyntö']);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '4' }]);
  });
});
