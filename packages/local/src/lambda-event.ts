import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { encodeResponseBody } from './content-encoding';

/** The routes the HTTP API declares in `infra`; the event carries the matching route key. */
export const trpcRoutePrefix = '/trpc/';

const routeKeyOf = (method: string, path: string): { routeKey: string; pathParameters?: Record<string, string> } =>
  path.startsWith(trpcRoutePrefix) ? { routeKey: 'ANY /trpc/{proxy+}', pathParameters: { proxy: decodeURIComponent(path.slice(trpcRoutePrefix.length)) } } : { routeKey: `${method} ${path}` };

const headersOf = (request: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
};

/** Turns a Node request into the API Gateway HTTP API (payload 2.0) event Lambda would receive. */
export const toLambdaEvent = (request: IncomingMessage, body: string): APIGatewayProxyEventV2 => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = (request.method ?? 'GET').toUpperCase();
  const now = new Date();
  const headers = headersOf(request);
  return {
    version: '2.0',
    ...routeKeyOf(method, url.pathname),
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: routeKeyOf(method, url.pathname).routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length > 0 ? body : undefined,
    isBase64Encoded: false,
  };
};

/** A Lambda context with the generous timeout the deployed function has. */
export const lambdaContext = (timeoutMs = 10_000): Context => {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'linkki-api-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-north-1:000000000000:function:linkki-api-local',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/linkki-api-local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};

/** Sends a Lambda result; the body is compressed here as CloudFront compresses the API's answers in AWS. */
export const writeLambdaResult = async (response: ServerResponse, result: APIGatewayProxyStructuredResultV2): Promise<void> => {
  response.statusCode = result.statusCode ?? 200;
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, String(value));
  if (result.cookies?.length) response.setHeader('set-cookie', result.cookies);
  const body = result.isBase64Encoded && result.body ? Buffer.from(result.body, 'base64') : Buffer.from(result.body ?? '', 'utf8');
  response.end(await encodeResponseBody(response, body));
};
