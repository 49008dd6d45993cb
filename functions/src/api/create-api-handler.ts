import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { answerHsds, type ApiDependencies, appRouter, createContextFromRequest, hsdsPathPattern, retryAfterHeaderOf, serviceUnavailableRetryAfterSeconds, toTRPCErrorFromUnknown } from '@linkki/api';
import middy from '@middy/core';
import { awsLambdaRequestHandler } from '@trpc/server/adapters/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logRequest } from '../middleware/log-request';
import { type OriginSecrets, originVerify } from '../middleware/origin-verify';
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
  /**
   * The values CloudFront sends in `x-origin-verify`; requests without one are refused. Absent
   * only where there is no CloudFront in front (the local platform, tests).
   */
  originSecrets?: OriginSecrets;
}

/**
 * The API Lambda: `/health` and tRPC under `/trpc`. It wraps tRPC's adapter and adds nothing of
 * its own to a procedure; the local server calls this same function with API Gateway events.
 */
export const createApiHandler = ({ deps, maxBatchSize, originSecrets }: ApiHandlerOptions) => {
  const trpcHandler = awsLambdaRequestHandler<typeof appRouter, APIGatewayProxyEventV2>({
    router: appRouter,
    // Building the context reads memberships; a throttled read there must answer 503 as it would in a procedure.
    createContext: ({ event }) =>
      createContextFromRequest(deps, { method: event.requestContext.http.method, headers: headersOf(event), clientAddress: event.requestContext.http.sourceIp }).catch((error: unknown) => {
        throw toTRPCErrorFromUnknown(error);
      }),
    // Clients send queries as POST so personal data stays out of URLs and logs.
    allowMethodOverride: true,
    maxBatchSize,
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error('procedure failed', { path, error: error.cause ?? error });
      if (error.code === 'SERVICE_UNAVAILABLE') logger.warn('table could not serve the request', { path, error: error.cause ?? error });
    },
    // No answer is for a cache: CloudFront's compressing policy keeps nothing an answer does not allow.
    // A 503 says when to come back, so clients retry after a pause instead of at once.
    // A refused submission says when this address may send again (or when the county's busy spell eases).
    responseMeta: ({ errors }) => ({
      headers: {
        'cache-control': 'no-store',
        ...(errors.some((error) => error.code === 'SERVICE_UNAVAILABLE') ? { 'retry-after': String(serviceUnavailableRetryAfterSeconds) } : retryAfterHeaderOf(errors)),
      },
    }),
  });
  const route = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    if (event.rawPath === healthPath) return checkHealth(deps.tables.platform);
    if (hsdsPathPattern.test(event.rawPath)) {
      const { status, body } = await answerHsds(deps, event.rawPath, new URLSearchParams(event.rawQueryString));
      return jsonResponse(status, body, openDataHeaders);
    }
    return trpcHandler(event, context);
  };
  const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(route)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logRequest(logger));
  return originSecrets ? handler.use(originVerify({ secrets: originSecrets, logger })) : handler;
};
