import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TenantDirectory } from '@linkki/api';
import { createDocumentClient, createTableAccess, defaultTableName, ensureTable, type TableAccess } from '@linkki/db';
import { buildApiDependencies, createApiHandler, healthPath, hsdsPathPrefix, loadConfig } from '@linkki/functions';
import { loadOrCreateAddressHashKey } from './address-hash-key';
import { createDevIssuer, type DevIssuer } from './dev-issuer';
import { createDevIdentityProvider, type DevIdentityProvider, devProviderPath } from './identity/dev-identity-provider';
import { createLocalAccountDirectory } from './identity/local-account-directory';
import { createLocalExportStore, type LocalExportStore } from './exports/local-export-store';
import { startLocalJobs } from './local-jobs';
import { createLocalSearchSnapshotStore } from './search/local-search-snapshot-store';
import { signInChoices } from './identity/sign-in-choices';
import { runtimeConfigPath, sendRuntimeConfig } from './runtime-config';
import { devRoutePrefix, handleDevRoute } from './dev-routes';
import { startDynamoDbLocal } from './dynamodb-local';
import { withLocalPathwayFanOut } from './pathway-fanout';
import { BodyTooLargeError, isWellFormedPath, readBody, sendJson, sendStarting } from './http-utils';
import { lambdaContext, toLambdaEvent, trpcRoutePrefix, writeLambdaResult } from './lambda-event';
import { seedDemoData } from './seed/seed-demo-data';
import { serveWebApp } from './static-files';

export interface PlatformOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Where DynamoDB Local and the dev issuer keep their files; null keeps everything in memory. */
  dataDir: string | null;
  /** The built web app; null serves the API only. */
  webRoot: string | null;
  tableName?: string;
  seed?: boolean;
  log?: (message: string) => void;
}

export interface RunningPlatform {
  url: string;
  dynamoEndpoint: string;
  tableName: string;
  issuer: DevIssuer;
  /** Runs the county offboarding job once, now. */
  runOffboarding(): Promise<void>;
  stop(): Promise<void>;
}

type ApiHandler = ReturnType<typeof createApiHandler>;

const isApiPath = (path: string): boolean => path === healthPath || path.startsWith(trpcRoutePrefix) || path.startsWith(hsdsPathPrefix);

interface RouteOptions {
  issuer: DevIssuer;
  identityProvider: DevIdentityProvider;
  url: string;
  webRoot: string | null;
  tenants: TenantDirectory;
  tables: TableAccess;
  exports: LocalExportStore;
}

const route = async (request: IncomingMessage, response: ServerResponse, handler: ApiHandler, options: RouteOptions) => {
  const method = (request.method ?? 'GET').toUpperCase();
  const { pathname: path, searchParams: query } = new URL(request.url ?? '/', 'http://localhost');
  // The handlers below decode the path; a broken escape is the client's mistake, not our failure.
  if (!isWellFormedPath(path)) {
    sendJson(response, 400, { error: 'Malformed percent-encoding in the path' });
  } else if (path === devProviderPath || path.startsWith(`${devProviderPath}/`)) {
    await options.identityProvider.handle(request, response);
  } else if (path === runtimeConfigPath) {
    sendRuntimeConfig(response, options.url, options.identityProvider);
  } else if (isApiPath(path)) {
    const body = await readBody(request);
    await writeLambdaResult(response, await handler(toLambdaEvent(request, body), lambdaContext()));
  } else if (path.startsWith(devRoutePrefix)) {
    const body = method === 'POST' ? await readBody(request) : '';
    const handled = await handleDevRoute({ method, path, query, body, response, ...options });
    if (!handled) sendJson(response, 404, { error: 'Not found' });
  } else if (options.webRoot && (method === 'GET' || method === 'HEAD')) {
    await serveWebApp(options.webRoot, path, response);
  } else {
    sendJson(response, 404, { error: 'Not found' });
  }
};

/**
 * DynamoDB Local on disk answers "timed out waiting for a lock" when a busy machine slows its
 * SQLite file (an answer, it says itself, the real service would not give); the SDK retries it
 * with backoff, and locally it gets more tries than the 3 the deployed API has.
 */
const localStorageMaxAttempts = 8;

/** DynamoDB Local with the table and the demo data; stops Java again if any step fails. */
const startStorage = async ({ dataDir, tableName, seed, log }: { dataDir: string | null; tableName: string; seed: boolean; log: (message: string) => void }) => {
  const dynamo = await startDynamoDbLocal({ dataDir: dataDir ? join(dataDir, 'dynamodb') : null });
  const client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: localStorageMaxAttempts });
  try {
    if (await ensureTable(client, tableName)) log(`created table ${tableName}`);
    if (seed) {
      const report = await seedDemoData(createTableAccess({ tableName, platformClient: client }));
      log(`demo data: ${report.created} created, ${report.existing} already there`);
    }
    return { dynamo, client };
  } catch (error) {
    client.destroy();
    await dynamo.stop();
    throw error;
  }
};

const listen = (server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });

/**
 * The whole platform on one origin: DynamoDB Local, the table and demo data, and an HTTP server
 * that hands `/trpc` and `/health` to the real API Lambda handler as API Gateway events.
 */
export const startPlatform = async (options: PlatformOptions): Promise<RunningPlatform> => {
  const { dataDir, webRoot, host = 'localhost', tableName = defaultTableName, log = () => undefined } = options;
  // Until everything behind it is ready, the port answers 503 with Retry-After rather than holding requests unanswered.
  let answer: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => sendStarting(response);
  const server = createServer((request, response) => answer(request, response));
  // Take the port first: if it is busy, nothing else has been started that would need stopping.
  const port = await listen(server, options.port, host);
  const url = `http://${host}:${port}`;
  let storage: Awaited<ReturnType<typeof startStorage>>;
  try {
    storage = await startStorage({ dataDir, tableName, seed: options.seed ?? true, log });
  } catch (error) {
    server.close();
    throw error;
  }
  const { dynamo, client } = storage;
  // The issuer follows the port, as Cognito's follows the pool: `npm start` keeps both, so sign-ins survive a restart.
  const issuer = await createDevIssuer({ issuer: `${url}${devProviderPath}`, keyFile: dataDir ? join(dataDir, 'dev-issuer-key.json') : null });
  const config = loadConfig({
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    AUTH_JWKS_URL: `${url}${devProviderPath}/jwks`,
    ADDRESS_HASH_KEY: loadOrCreateAddressHashKey(dataDir ? join(dataDir, 'address-hash-key') : null),
  });
  const accounts = createLocalAccountDirectory({ file: dataDir ? join(dataDir, 'local-accounts.json') : null });
  const exports = createLocalExportStore({ dir: dataDir ? join(dataDir, 'exports') : null, baseUrl: () => url });
  const searchSnapshots = createLocalSearchSnapshotStore({ dir: dataDir });
  const deps = withLocalPathwayFanOut(buildApiDependencies(config, { keys: issuer.keys, client, accounts, exports, searchSnapshots }));
  const handler = createApiHandler({ deps, maxBatchSize: config.MAX_BATCH_SIZE });
  const jobs = await startLocalJobs({ tables: deps.tables, exports, snapshots: searchSnapshots, meter: deps.requestMeter, log });
  const identityProvider = await createDevIdentityProvider({
    appUrl: url,
    signingKey: issuer.signingKey,
    tables: deps.tables,
    tenants: deps.tenants,
    choices: () => signInChoices(accounts.accounts(), deps.tables),
    // Comma-separated; `pnpm dev` names Vite's origin here, so sign-in works from :5173 too.
    extraOrigins: (process.env.LINKKI_DEV_ORIGINS ?? '').split(',').filter((origin) => origin.trim() !== ''),
  });
  answer = (request, response) => {
    route(request, response, handler, { issuer, identityProvider, url, webRoot, tenants: deps.tenants, tables: deps.tables, exports }).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, { error: 'Request body too large' });
      log(`request failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(response, 500, { error: 'Internal error' });
    });
  };
  return {
    url,
    dynamoEndpoint: dynamo.endpoint,
    tableName,
    issuer,
    runOffboarding: () => jobs.runOffboarding(),
    async stop() {
      jobs.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.requestMeter?.flush();
      client.destroy();
      await dynamo.stop();
    },
  };
};
