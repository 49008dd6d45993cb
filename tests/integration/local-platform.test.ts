import { type ChildProcess, type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { freePort, type RunningPlatform, startDynamoDbLocal, startPlatform } from '@linkki/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One start of the platform: Java, the table and the demo data. Seconds on an idle machine, but
 * minutes on a two-core machine running other suites beside this one (an in-memory start was seen
 * to take over 150 s there). The tests wait on readiness signals, never on fixed sleeps, so a
 * generous limit costs nothing when the machine is quick.
 */
const platformStartTimeout = 300_000;

const postJson = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the local platform', () => {
  let platform: RunningPlatform;
  const logs: string[] = [];
  beforeAll(async () => {
    platform = await startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot: null, log: (line) => logs.push(line) });
  }, platformStartTimeout);
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

  it.each(['/%E0%A4%A', '/trpc/tenants.list%E0%A4%A', '/dev/%ZZ'])('answers the malformed path %s with 400, logging no stack trace', async (path) => {
    const response = await fetch(`${platform.url}${path}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/percent-encoding/) });
    expect(logs.join('\n')).not.toMatch(/URIError|request failed/);
  });

  it.each(['/trpc/tenants.list?batch=1', '/dev/token'])('answers a body over the limit at %s with 413 and a JSON error', async (path) => {
    const response = await postJson(`${platform.url}${path}`, 'x'.repeat(2 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'Request body too large' });
    expect((await fetch(`${platform.url}/health`)).status).toBe(200);
  });

  it('answers unknown paths 404 without a web root', async () => {
    expect((await fetch(`${platform.url}/pohjois-savo/`)).status).toBe(404);
    expect((await fetch(`${platform.url}/dev/nothing`)).status).toBe(404);
  });
});

/** The first answer at `url`, waiting out the moments before anything listens; a request left unanswered fails. */
const firstAnswer = async (url: string): Promise<Response> => {
  for (;;) {
    try {
      return await fetch(url, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNREFUSED') throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
};

describe('a request while the local platform starts', () => {
  it(
    'is answered 503 with Retry-After, and served once the platform is ready',
    async () => {
      const port = await freePort();
      const starting = startPlatform({ port, host: '127.0.0.1', dataDir: null, webRoot: null, seed: false });
      try {
        const early = await firstAnswer(`http://127.0.0.1:${port}/health`);
        expect(early.status).toBe(503);
        expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await early.json()).toEqual({ error: expect.stringMatching(/starting/) });
      } finally {
        const platform = await starting;
        expect((await fetch(`${platform.url}/health`)).status).toBe(200);
        await platform.stop();
      }
    },
    platformStartTimeout,
  );
});

/** Whether a TCP connection to `host:port` is accepted. */
const accepts = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

const nonLoopbackAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
    .map((address) => (address as { address: string }).address);

describe('DynamoDB Local', () => {
  it(
    'listens on the loopback interface only',
    async () => {
      const outside = nonLoopbackAddresses();
      // Without a second interface there is nothing to check against: the test says so rather than pass.
      expect(outside.length).toBeGreaterThan(0);
      const dynamo = await startDynamoDbLocal({ dataDir: null });
      try {
        const port = Number(new URL(dynamo.endpoint).port);
        expect(await accepts('127.0.0.1', port)).toBe(true);
        for (const address of outside) expect(await accepts(address, port), address).toBe(false);
      } finally {
        await dynamo.stop();
      }
    },
    platformStartTimeout,
  );
});

describe('restarting the local platform', () => {
  it(
    'keeps its data and its sign-ins, and seeds nothing twice',
    async () => {
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
    },
    2 * platformStartTimeout,
  );
});

const javaRunningFor = (dataDir: string): boolean =>
  execFileSync('ps', ['-eo', 'args'])
    .toString()
    .split('\n')
    .some((line) => line.includes('DynamoDBLocal.jar') && line.includes(dataDir));

/** `pnpm start` as a person runs it, on a port and data folder of its own. */
const startCommand = async (dataDir: string) =>
  spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: String(await freePort()), HOST: '127.0.0.1', LINKKI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Resolves at the first output line that contains `text`, however the output is split into chunks. */
const outputLine = (child: ChildProcessByStdio<null, Readable, Readable>, text: string): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-2000);
      if (output.includes(text)) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
    child.once('exit', (code) => reject(new Error(`exited early with ${code}:\n${output}`)));
  });

/** Stops a start command a failed test left running the way a person would, so its Java does not outlive the test. */
const interruptIfRunning = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(killer);
};

describe('the start command', () => {
  it.each([
    ['once it is ready', 'ready at'],
    // The table exists and the demo data is being written: the slowest part of a first start.
    ['while it is still starting', 'created table'],
  ])(
    'stops DynamoDB Local (Java) as well when it gets SIGINT %s',
    async (_when, signalAfter) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'linkki-sigint-'));
      const child = await startCommand(dataDir);
      try {
        await outputLine(child, signalAfter);
        expect(javaRunningFor(dataDir)).toBe(true);
        const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
        child.kill('SIGINT');
        expect(await exit).toBe(0);
        expect(javaRunningFor(dataDir)).toBe(false);
      } finally {
        await interruptIfRunning(child);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    platformStartTimeout,
  );
});
