import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type RunningPlatform, startPlatform } from '@linkki/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Starting on disk seeds the demo data through DynamoDB Local's files: tens of seconds on a busy two-core machine. */
const platformStartTimeout = 150_000;

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the local platform', () => {
  let platform: RunningPlatform;
  beforeAll(async () => {
    platform = await startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot: null });
  });
  afterAll(() => platform.stop());

  it('serves /health and the API on one origin', async () => {
    expect((await fetch(`${platform.url}/health`)).status).toBe(200);
    const list = await postJson(`${platform.url}/trpc/tenants.list?batch=1`, {});
    expect(list.status).toBe(200);
  });

  it('issues a development token that the API accepts', async () => {
    const response = await postJson(`${platform.url}/dev/token`, { tenant: 'pohjois-savo', role: 'professional', user: 'demo-nurse' });
    const { token } = (await response.json()) as { token: string };
    const me = await fetch(`${platform.url}/trpc/me?batch=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-tenant': 'pohjois-savo' },
      body: '{}',
    });
    expect(((await me.json()) as [{ result: { data: { user: { displayName: string } } } }])[0].result.data.user.displayName).toBe('Anni Räsänen');
  });

  it.each([
    [{ role: 'professional', user: 'demo-nurse' }, 400, 'tenant'],
    [{ tenant: 'pohjois-savo', role: 'boss', user: 'demo-nurse' }, 400, 'role'],
    [{ tenant: 'pohjois-savo', role: 'professional', user: 'a b' }, 400, 'user'],
    [{ tenant: 'kainuu', role: 'professional', user: 'demo-nurse' }, 404, 'kainuu'],
    ['{not json', 400, 'body'],
  ])('refuses the token request %j with %i naming %s', async (body, status, named) => {
    const response = await postJson(`${platform.url}/dev/token`, body);
    expect(response.status).toBe(status);
    expect(JSON.stringify(await response.json())).toContain(named);
  });

  it('issues a tenant-less token for a platform-wide role', async () => {
    const response = await postJson(`${platform.url}/dev/token`, { role: 'nationalPublisher', user: 'demo-publisher' });
    expect(response.status).toBe(200);
  });

  it('answers unknown paths 404 without a web root', async () => {
    expect((await fetch(`${platform.url}/pohjois-savo/`)).status).toBe(404);
    expect((await fetch(`${platform.url}/dev/nothing`)).status).toBe(404);
  });
});

describe('restarting the local platform', () => {
  it('keeps its data and its sign-ins, and seeds nothing twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'linkki-restart-'));
    const logs: string[] = [];
    // The same port, as `npm start` keeps it: the development issuer's address includes it.
    const options = { port: await freePort(), host: '127.0.0.1', dataDir, webRoot: null, log: (line: string) => logs.push(line) };
    try {
      const first = await startPlatform(options);
      const token = await first.issuer.issue({ userId: 'demo-nurse', tenantId: 'lappi', roles: ['professional'] });
      await first.stop();
      const second = await startPlatform(options);
      try {
        const [firstRun, secondRun] = logs.filter((line) => line.startsWith('demo data'));
        const created = /demo data: (\d+) created, 0 already there/.exec(firstRun ?? '')?.[1];
        expect(Number(created)).toBeGreaterThan(100);
        expect(secondRun).toBe(`demo data: 0 created, ${created} already there`);
        const me = await fetch(`${second.url}/trpc/me?batch=1`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
        expect(me.status).toBe(200);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, platformStartTimeout);
});

describe('the start command', () => {
  it('stops DynamoDB Local (Java) as well when it gets SIGINT', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'linkki-sigint-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/main.ts'], {
      cwd: repositoryRoot,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LINKKI_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready at') && resolve());
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      const javaRunning = () => execFileSync('ps', ['-eo', 'args']).toString().split('\n').some((line) => line.includes('DynamoDBLocal.jar') && line.includes(dataDir));
      expect(javaRunning()).toBe(true);
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
      expect(javaRunning()).toBe(false);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, platformStartTimeout);
});
