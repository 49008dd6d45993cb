import type { IncomingMessage, ServerResponse } from 'node:http';

/** API Gateway's payload limit is 10 MB; nothing we serve needs more than 1 MB. */
export const maxBodyBytes = 1024 * 1024;

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Beyond this much more than the limit, a client is not sending a mistaken body but flooding: its
 * connection is dropped instead of read to the end. API Gateway itself refuses bodies over 10 MB.
 */
export const maxDiscardedBytes = 10 * 1024 * 1024;

/**
 * The request body as text. A body over the limit is read to its end and thrown away, so the
 * caller can still answer 413 on the same connection instead of resetting it mid-upload.
 */
export const readBody = (request: IncomingMessage, limit = maxBodyBytes): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + maxDiscardedBytes) request.destroy(new BodyTooLargeError('Request body too large'));
    });
    request.on('end', () => (size > limit ? reject(new BodyTooLargeError('Request body too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });

/** Whether a path's percent-encoding decodes; `/%E0%A4%A` does not, and must not reach a handler that decodes it. */
export const isWellFormedPath = (path: string): boolean => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

export const sendJson = (response: ServerResponse, statusCode: number, body: unknown): void => {
  response.statusCode = statusCode;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(body));
};

/** While the platform starts: the port is already taken, so say when to come back rather than leave the request hanging. */
export const startingRetryAfterSeconds = 2;

export const sendStarting = (response: ServerResponse): void => {
  response.setHeader('retry-after', String(startingRetryAfterSeconds));
  sendJson(response, 503, { error: 'The local platform is still starting' });
};
