import { type Identity, isPlatformWideRole, type Role } from '@linkki/domain';
import { buildApiDependencies, createApiHandler, loadConfig } from '@linkki/functions';
import { createDevIssuer, createLocalAccountDirectory, createLocalExportStore, type DevIssuer, type LocalAccountDirectory, type LocalExportStore, lambdaContext } from '@linkki/local';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { grantMembership } from './memberships';
import { createTestTable, type TestTable } from './test-table';

export const testIssuerUrl = 'https://issuer.test/linkki';

export interface CallOptions {
  token?: string | null;
  tenant?: string | null;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
}

export interface ProcedureResponse {
  status: number;
  body: unknown;
  raw: APIGatewayProxyStructuredResultV2;
}

/** An API Gateway HTTP API (2.0) event, as the deployed route `ANY /trpc/{proxy+}` delivers it. */
export const apiGatewayEvent = (path: string, { method = 'POST', body, headers = {}, query = '' }: { method?: string; body?: string; headers?: Record<string, string>; query?: string }): APIGatewayProxyEventV2 => {
  const trpc = path.startsWith('/trpc/');
  const routeKey = trpc ? 'ANY /trpc/{proxy+}' : `${method} ${path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: query,
    headers: { host: 'api.test', 'content-type': 'application/json', ...headers },
    ...(trpc ? { pathParameters: { proxy: path.slice('/trpc/'.length) } } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'api.test',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'test-request',
      routeKey,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
};

/** The real Lambda handler on a fresh table, with a development issuer whose tokens it trusts. */
export interface ApiHarness extends TestTable {
  issuer: DevIssuer;
  /** The invitation accounts the API created (the local stand-in for Cognito). */
  accounts: LocalAccountDirectory;
  /** The export archives, kept in memory. */
  exports: LocalExportStore;
  handler: ReturnType<typeof createApiHandler>;
  invoke(event: APIGatewayProxyEventV2): Promise<ProcedureResponse>;
  /** Calls one procedure (query or mutation) with a JSON input, the way the web client does. */
  call(path: string, input?: unknown, options?: CallOptions): Promise<ProcedureResponse>;
  tokenFor(role: Role, tenant?: string | null, user?: string): Promise<string>;
}

const firstOfBatch = (response: ProcedureResponse): ProcedureResponse =>
  Array.isArray(response.body) ? { ...response, body: response.body[0] } : response;

export interface ApiHarnessOptions {
  catalogs?: boolean;
  /** The clock of the API's membership cache. */
  clock?: () => number;
  /** The clock of the API's services. */
  now?: () => Date;
}

export const createApiHarness = async ({ catalogs = true, clock, now }: ApiHarnessOptions = {}): Promise<ApiHarness> => {
  const table = await createTestTable({ catalogs });
  const issuer = await createDevIssuer({ issuer: testIssuerUrl, keyFile: null });
  const accounts = createLocalAccountDirectory({ file: null });
  const exports = createLocalExportStore({ dir: null, baseUrl: () => 'http://localhost', ...(now ? { now } : {}) });
  const config = loadConfig({
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    AUTH_JWKS_URL: `${testIssuerUrl}/jwks.json`,
  });
  const handler = createApiHandler({ deps: buildApiDependencies(config, { keys: issuer.keys, client: table.client, accounts, exports, ...(clock ? { clock } : {}), ...(now ? { now } : {}) }), maxBatchSize: config.MAX_BATCH_SIZE });
  const invoke = async (event: APIGatewayProxyEventV2): Promise<ProcedureResponse> => {
    const raw = await handler(event, lambdaContext());
    return { status: raw.statusCode ?? 200, body: raw.body ? JSON.parse(raw.body) : null, raw };
  };
  return {
    ...table,
    issuer,
    accounts,
    exports,
    handler,
    invoke,
    call(path, input, { token = null, tenant = null, method = 'POST', headers = {} } = {}) {
      const auth: Record<string, string> = {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(tenant ? { 'x-tenant': tenant } : {}),
        ...headers,
      };
      if (method === 'GET') {
        const query = input === undefined ? '' : `input=${encodeURIComponent(JSON.stringify(input))}`;
        return invoke(apiGatewayEvent(`/trpc/${path}`, { method, headers: auth, query }));
      }
      // As the web client's batch link sends it: one call, input under index 0, answer in an array.
      const body = JSON.stringify(input === undefined ? {} : { 0: input });
      return invoke(apiGatewayEvent(`/trpc/${path}`, { method, headers: auth, body, query: 'batch=1' })).then(firstOfBatch);
    },
    async tokenFor(role, tenant = 'pohjois-savo', user = `test-${role}`) {
      const identity: Identity = { userId: user, tenantId: isPlatformWideRole(role) ? null : tenant, roles: [role] };
      await grantMembership(table.tables, identity);
      return issuer.issue(identity);
    },
  };
};

export const errorCodeOf = (response: ProcedureResponse): string | undefined =>
  (response.body as { error?: { data?: { code?: string } } } | null)?.error?.data?.code;

export const dataOf = <T>(response: ProcedureResponse): T => (response.body as { result: { data: T } }).result.data;
