import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '@aws-lambda-powertools/logger';

const internalKey = 'linkkiRequestStartedAt';

/**
 * Logs one line per request with route, status and duration, and the tenant the request names
 * as a persistent key; never the body or the token.
 */
export const logRequest = (logger: Logger): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  before(request) {
    (request.internal as Record<string, unknown>)[internalKey] = performance.now();
    logger.appendKeys({ tenant: request.event.headers?.['x-tenant'] ?? null });
  },
  after(request) {
    const startedAt = (request.internal as Record<string, unknown>)[internalKey] as number;
    logger.info('request', {
      route: request.event.rawPath,
      method: request.event.requestContext?.http?.method,
      status: request.response?.statusCode,
      durationMs: Math.round(performance.now() - startedAt),
    });
  },
  onError(request) {
    logger.error('request failed', { route: request.event.rawPath, error: request.error });
  },
});
