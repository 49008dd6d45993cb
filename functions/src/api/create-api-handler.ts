import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { type ApiDependencies, appRouter, createContextFromRequest } from '@linkki/api';
import middy from '@middy/core';
import { awsLambdaRequestHandler } from '@trpc/server/adapters/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logRequest } from '../middleware/log-request';
import { logger } from '../powertools';
import { checkHealth } from './health';

export const healthPath = '/health';

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
    createContext: ({ event }) => createContextFromRequest(deps, { method: event.requestContext.http.method, headers: headersOf(event) }),
    // Clients send queries as POST so personal data stays out of URLs and logs.
    allowMethodOverride: true,
    maxBatchSize,
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error('procedure failed', { path, error: error.cause ?? error });
    },
  });
  const route = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> =>
    event.rawPath === healthPath ? checkHealth(deps.tables.platform) : trpcHandler(event, context);
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(route)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logRequest(logger));
};
