import { platformKey, type TableGateway } from '@linkki/db';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';

const json = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

/** 200 once the table answers a read; 503 (with no detail of why) while it does not. */
export const checkHealth = async (gateway: TableGateway): Promise<APIGatewayProxyStructuredResultV2> => {
  try {
    await gateway.get({ pk: platformKey('HEALTH'), sk: 'PING' }, z.unknown());
    return json(200, { status: 'ok', table: 'reachable' });
  } catch {
    return json(503, { status: 'unavailable', table: 'unreachable' });
  }
};
