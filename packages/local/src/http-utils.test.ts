import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, isWellFormedPath, maxBodyBytes, readBody, sendJson } from './http-utils';

let server: Server;
let url: string;

beforeAll(async () => {
  // Answers as the local platform does: the body's length, or 413 when it is over the limit.
  server = createServer((request, response) => {
    readBody(request).then(
      (body) => sendJson(response, 200, { length: body.length }),
      (error: unknown) => (error instanceof BodyTooLargeError ? sendJson(response, 413, { error: error.message }) : sendJson(response, 500, {})),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('reading a request body', () => {
  it('answers a body over the limit with 413 and a JSON error, not a reset connection', async () => {
    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(maxBodyBytes * 2) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'Request body too large' });
    const next = await fetch(url, { method: 'POST', body: 'ok' });
    expect(await next.json()).toEqual({ length: 2 });
  });

  it('reads a body of exactly the limit', async () => {
    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(maxBodyBytes) });
    expect(await response.json()).toEqual({ length: maxBodyBytes });
  });
});

describe('a path', () => {
  it.each([
    ['/%E0%A4%A', false],
    ['/trpc/%ZZ', false],
    ['/pohjois-savo/palvelut', true],
    ['/%C3%A4', true],
  ])('%s is well-formed: %s', (path, expected) => {
    expect(isWellFormedPath(path)).toBe(expected);
  });
});
