import { randomUUID } from 'node:crypto';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { localCredentials } from '@linkki/db';
import type { PathwayContent, PathwayStage } from '@linkki/domain';
import type { DynamoDBStreamEvent } from 'aws-lambda';

export const newRequestId = () => randomUUID();

const trio = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

export const testStage = (id: string, itemIds: readonly string[] = ['tieto']): PathwayStage => ({
  id,
  title: trio(`Vaihe ${id}`),
  description: trio(`Kuvaus ${id}`),
  items: itemIds.map((itemId) => ({
    id: itemId,
    kind: 'information',
    title: { fi: `Sisältö ${itemId}` },
    providerKind: 'diabetesliitto',
    providerName: 'Diabetesliitto',
    url: 'https://www.diabetes.fi',
    languages: ['fi'],
    cost: { free: true },
  })),
});

/** A complete pathway (every translation publishing needs) with the given stages. */
export const testPathway = (stageIds: readonly string[] = ['alku', 'arki'], title = 'Testipolku'): PathwayContent => ({
  targetGroup: 'type2Diagnosed',
  title: trio(title),
  introduction: trio('Johdanto'),
  stages: stageIds.map((id) => testStage(id)),
});

export const summary = (fi: string) => ({ fi, sv: fi, en: fi });

/** A table stream event of the item as it is stored now (an INSERT), the way Lambda receives it. */
export const insertEventOf = async (endpoint: string, tableName: string, key: { pk: string; sk: string }): Promise<DynamoDBStreamEvent> => {
  const client = new DynamoDBClient({ region: 'eu-north-1', endpoint, credentials: localCredentials });
  const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: key.pk }, sk: { S: key.sk } } }));
  client.destroy();
  return { Records: [{ eventName: 'INSERT', dynamodb: { NewImage: Item as never, SequenceNumber: '1' } }] };
};
