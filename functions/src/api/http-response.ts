import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** A JSON response for the handler's plain (non-tRPC) routes. */
export const jsonResponse = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});
