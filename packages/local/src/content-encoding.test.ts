import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseContentCoding, compress, compressibleSize, isCompressible, negotiateContentCoding } from './content-encoding';

describe('choosing a content coding from Accept-Encoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    [',', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['GZIP, BR', 'br'],
    ['deflate, zstd', null],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['gzip;q=0.5, identity', null],
    ['gzip;q=0.5, identity;q=0.5', 'gzip'],
    ['*', 'br'],
    ['br;q=0, *;q=0.1', 'gzip'],
    ['*;q=0', null],
    ['identity;q=0', null],
    ['gzip;q=abc, br;q=2', null],
    ['br ; q = 0.9 , gzip ; q = 0.3', 'br'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateContentCoding(header)).toBe(expected);
  });
});

describe('what is worth compressing', () => {
  it.each([
    ['text/javascript; charset=utf-8', true],
    ['text/css; charset=utf-8', true],
    ['text/html; charset=utf-8', true],
    ['application/json; charset=utf-8', true],
    ['image/svg+xml', true],
    ['application/manifest+json', true],
    ['text/plain; charset=utf-8', true],
    ['image/png', false],
    ['font/woff2', false],
    ['application/octet-stream', false],
    [undefined, false],
  ])('%s', (contentType, expected) => {
    expect(isCompressible(contentType, 5_000)).toBe(expected);
  });

  it('only from 1,000 bytes to 10 MB, as CloudFront', () => {
    const type = 'text/javascript';
    expect([compressibleSize.min - 1, compressibleSize.min, compressibleSize.max, compressibleSize.max + 1].map((size) => isCompressible(type, size))).toEqual([false, true, true, false]);
  });
});

describe('compressing', () => {
  const body = Buffer.from('Kuntosalivuoro ikäihmisille Kuopiossa. '.repeat(200));

  it('gives back the same bytes after decompression, and fewer of them', async () => {
    const br = await compress(body, 'br');
    const gzip = await compress(body, 'gzip');
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(body.length / 10);
    expect(gzip.length).toBeLessThan(body.length / 10);
  });
});

describe('choosing for a response', () => {
  const responseTo = (acceptEncoding: string, vary?: string): ServerResponse => {
    const request = new IncomingMessage(new Socket());
    request.headers['accept-encoding'] = acceptEncoding;
    const response = new ServerResponse(request);
    if (vary) response.setHeader('vary', vary);
    return response;
  };

  it.each([
    [undefined, 'Accept-Encoding'],
    ['Origin', 'Origin, Accept-Encoding'],
    ['Origin, accept-encoding', 'Origin, accept-encoding'],
    ['*', '*'],
  ])('adds Accept-Encoding to Vary %j once', (vary, expected) => {
    const response = responseTo('gzip', vary);
    expect(chooseContentCoding(response, 'application/json', 2_000)).toBe('gzip');
    expect(response.getHeader('vary')).toBe(expected);
  });

  it('leaves Vary alone when the answer does not depend on Accept-Encoding', () => {
    const response = responseTo('br');
    expect(chooseContentCoding(response, 'image/png', 2_000)).toBeNull();
    expect(response.hasHeader('vary')).toBe(false);
  });
});
