import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { answerHsds, type ApiDependencies, appRouter, createContextFromRequest, hsdsPathPattern } from '@linkki/api';
import middy from '@middy/core';
import { awsLambdaRequestHandler } from '@trpc/server/adapters/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logRequest } from '../middleware/log-request';
import { logger } from '../powertools';
import { checkHealth } from './health';
import { jsonResponse } from './http-response';

export const healthPath = '/health';
export const hsdsPathPrefix = '/api/hsds/';

/** Open data: anyone may read it, from any origin, and a minute's caching is fine. */
const openDataHeaders = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=60' };

const headersOf = (event: APIGatewayProxyEventV2): Headers => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers.set(name, value);
  return headers;
};

export interface ApiHandlerOptions {
  deps: ApiDependencies;
  maxBatchSize: number;
}

/**
 * The API Lambda: `/health` and tRPC under `/trpc`. It wraps tRPC's adapter and adds nothing of
 * its own to a procedure; the local server calls this same function with API Gateway events.
 */
export const createApiHandler = ({ deps, maxBatchSize }: ApiHandlerOptions) => {
  const trpcHandler = awsLambdaRequestHandler<typeof appRouter, APIGatewayProxyEventV2>({
    router: appRouter,
    createContext: ({ event }) => createContextFromRequest(deps, { method: event.requestContext.http.method, headers: headersOf(event), clientAddress: event.requestContext.http.sourceIp }),
    // Clients send queries as POST so personal data stays out of URLs and logs.
    allowMethodOverride: true,
    maxBatchSize,
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error('procedure failed', { path, error: error.cause ?? error });
    },
  });
  const route = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    if (event.rawPath === healthPath) return checkHealth(deps.tables.platform);
    if (hsdsPathPattern.test(event.rawPath)) {
      const { status, body } = await answerHsds(deps, event.rawPath, new URLSearchParams(event.rawQueryString));
      return jsonResponse(status, body, openDataHeaders);
    }
    return trpcHandler(event, context);
  };
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(route)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logRequest(logger));
};
