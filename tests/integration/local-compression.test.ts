import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type RunningPlatform, startPlatform } from '@linkki/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Java, the table and the demo data; see local-platform.test.ts on why the limit is generous. */
const platformStartTimeout = 300_000;

/** A built app of our own making, so the test knows every byte the server should send back. */
const app = {
  script: Buffer.from(Array.from({ length: 2_000 }, (_, index) => `export const listing${index} = { title: 'Kuntosali ${index}', county: 'pohjois-savo' };\n`).join('')),
  image: randomBytes(5_000),
  tiny: Buffer.from('Linkki\n'),
  page: Buffer.from(`<!doctype html><html lang="fi"><head><title>Linkki</title></head><body>${'<p>Hyvinvointia</p>'.repeat(100)}</body></html>`),
};

let root: string;
let platform: RunningPlatform;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'linkki-compression-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index-abc123.js'), app.script);
  writeFileSync(join(root, 'assets', 'logo-abc123.png'), app.image);
  writeFileSync(join(root, 'robots.txt'), app.tiny);
  writeFileSync(join(root, 'index.html'), app.page);
  platform = await startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot: root });
}, platformStartTimeout);

afterAll(async () => {
  await platform?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes as they crossed the wire: `fetch` would decompress them and hide what the server did. */
const raw = (path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const outgoing = request(`${platform.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });

const decoders: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

const decoded = (response: RawResponse): Buffer => {
  const coding = response.headers['content-encoding'];
  return coding ? decoders[coding]!(response.body) : response.body;
};

describe('the web app through the local platform', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.1, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('answers Accept-Encoding %j with coding %s, and the same bytes once decoded', async (acceptEncoding, coding) => {
    const response = await raw('/assets/index-abc123.js', { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(coding);
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(decoded(response).equals(app.script)).toBe(true);
    if (coding) expect(response.body.length).toBeLessThan(app.script.length / 5);
  });

  it('tags each coding of a file apart and answers a matching If-None-Match with 304', async () => {
    const [br, gzip, plain] = await Promise.all(['br', 'gzip', 'identity'].map((coding) => raw('/assets/index-abc123.js', { headers: { 'accept-encoding': coding } })));
    const tags = [br, gzip, plain].map((response) => response?.headers.etag);
    expect(new Set(tags).size).toBe(3);
    const again = await raw('/assets/index-abc123.js', { headers: { 'accept-encoding': 'br', 'if-none-match': `"other", ${br?.headers.etag}` } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const changedCoding = await raw('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip', 'if-none-match': String(br?.headers.etag) } });
    expect(changedCoding.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const coding of ['br', 'identity']) {
      const get = await raw('/assets/index-abc123.js', { headers: { 'accept-encoding': coding } });
      const head = await raw('/assets/index-abc123.js', { method: 'HEAD', headers: { 'accept-encoding': coding } });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const name of ['content-length', 'content-encoding', 'etag', 'vary', 'content-type']) expect(head.headers[name]).toBe(get.headers[name]);
    }
  });

  it('compresses the SPA fallback page, but neither images nor files under 1,000 bytes', async () => {
    const page = await raw('/pohjois-savo/activities', { headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
    expect(decoded(page).equals(app.page)).toBe(true);
    for (const [path, body] of [
      ['/assets/logo-abc123.png', app.image],
      ['/robots.txt', app.tiny],
    ] as const) {
      const response = await raw(path, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toBeUndefined();
      expect(response.body.equals(body)).toBe(true);
    }
  });
});

const varyOf = (response: RawResponse): string[] => response.headers.vary?.split(',').map((name) => name.trim().toLowerCase()) ?? [];

describe('API answers through the local platform', () => {
  const listPath = '/trpc/tenants.list';

  it('are compressed as CloudFront compresses them, read the same once decoded, and are for no cache to keep', async () => {
    const plain = await raw(listPath);
    expect(plain.status).toBe(200);
    expect(plain.headers['cache-control']).toBe('no-store');
    expect(plain.body.length).toBeGreaterThanOrEqual(1_000);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const coding of ['br', 'gzip']) {
      const response = await raw(listPath, { headers: { 'accept-encoding': coding } });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(coding);
      // Beside whatever the API varies on itself, on every answer alike.
      expect(varyOf(response)).toContain('accept-encoding');
      expect(varyOf(response)).toEqual(varyOf(plain));
      expect(JSON.parse(decoded(response).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    }
  });
});
