import { platformKey, type TableGateway } from '@linkki/db';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { jsonResponse } from './http-response';

/** 200 once the table answers a read; 503 (with no detail of why) while it does not. */
export const checkHealth = async (gateway: TableGateway): Promise<APIGatewayProxyStructuredResultV2> => {
  try {
    await gateway.get({ pk: platformKey('HEALTH'), sk: 'PING' }, z.unknown());
    return jsonResponse(200, { status: 'ok', table: 'reachable' });
  } catch {
    return jsonResponse(503, { status: 'unavailable', table: 'unreachable' });
  }
};
