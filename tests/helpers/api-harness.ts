import { type Identity, isPlatformWideRole, type Role, type SubmissionLimitsByScope } from '@linkki/domain';
import { buildApiDependencies, createApiHandler, loadConfig } from '@linkki/functions';
import { createDevIssuer, createLocalAccountDirectory, createLocalExportStore, type DevIssuer, type LocalAccountDirectory, type LocalExportStore, lambdaContext } from '@linkki/local';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { grantMembership } from './memberships';
import type { ProcedureOutput, ProcedurePath } from './procedure-types';
import { createTestTable, type TestTable } from './test-table';

export type { ProcedureInput, ProcedureOutput, ProcedurePath } from './procedure-types';

export const testIssuerUrl = 'https://issuer.test/linkki';

export interface CallOptions {
  token?: string | null;
  tenant?: string | null;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
}

/** A procedure's HTTP answer; `TOutput` is what `dataOf` reads from a successful one. */
export interface ProcedureResponse<TOutput = unknown> {
  status: number;
  body: unknown;
  raw: APIGatewayProxyStructuredResultV2;
  /** Never set: carries the procedure's output type from `call` to `dataOf`. */
  readonly output?: TOutput;
}

/** An API Gateway HTTP API (2.0) event, as the deployed route `ANY /trpc/{proxy+}` delivers it. */
export const apiGatewayEvent = (
  path: string,
  { method = 'POST', body, headers = {}, query = '' }: { method?: string; body?: string; headers?: Record<string, string>; query?: string },
): APIGatewayProxyEventV2 => {
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
  /**
   * Calls one procedure (query or mutation) with a JSON input, the way the web client does. The
   * path is checked against the app router and the answer typed from it; the input stays open,
   * since tests also send what the schema must refuse (use `ProcedureInput` where it should be valid).
   */
  call<TPath extends ProcedurePath>(path: TPath, input?: unknown, options?: CallOptions): Promise<ProcedureResponse<ProcedureOutput<TPath>>>;
  tokenFor(role: Role, tenant?: string | null, user?: string): Promise<string>;
}

const firstOfBatch = (response: ProcedureResponse): ProcedureResponse => (Array.isArray(response.body) ? { ...response, body: response.body[0] } : response);

export interface ApiHarnessOptions {
  catalogs?: boolean;
  /** The clock of the API's membership cache. */
  clock?: () => number;
  /** The clock of the API's services. */
  now?: () => Date;
  /** The key of the client address hash. */
  addressHashKey?: string;
  /** Submission limits other than the defaults. */
  submissionLimits?: Partial<SubmissionLimitsByScope>;
}

/** The harness's explicit address hash key, unless a test names its own. */
export const testAddressHashKey = 'test-address-hash-key-not-a-secret-0123';

export const createApiHarness = async ({ catalogs = true, clock, now, addressHashKey = testAddressHashKey, submissionLimits }: ApiHarnessOptions = {}): Promise<ApiHarness> => {
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
    ADDRESS_HASH_KEY: addressHashKey,
  });
  const handler = createApiHandler({
    deps: buildApiDependencies(config, {
      keys: issuer.keys,
      client: table.client,
      accounts,
      exports,
      ...(clock ? { clock } : {}),
      ...(now ? { now } : {}),
      ...(submissionLimits ? { submissionLimits } : {}),
    }),
    maxBatchSize: config.MAX_BATCH_SIZE,
  });
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
    call<TPath extends ProcedurePath>(
      path: TPath,
      input?: unknown,
      { token = null, tenant = null, method = 'POST', headers = {} }: CallOptions = {},
    ): Promise<ProcedureResponse<ProcedureOutput<TPath>>> {
      const auth: Record<string, string> = {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(tenant ? { 'x-tenant': tenant } : {}),
        ...headers,
      };
      // The body is the procedure's answer as the handler sent it; its type is the router's.
      const typed = (response: ProcedureResponse) => response as ProcedureResponse<ProcedureOutput<TPath>>;
      if (method === 'GET') {
        const query = input === undefined ? '' : `input=${encodeURIComponent(JSON.stringify(input))}`;
        return invoke(apiGatewayEvent(`/trpc/${path}`, { method, headers: auth, query })).then(typed);
      }
      // As the web client's batch link sends it: one call, input under index 0, answer in an array.
      const body = JSON.stringify(input === undefined ? {} : { 0: input });
      return invoke(apiGatewayEvent(`/trpc/${path}`, { method, headers: auth, body, query: 'batch=1' }))
        .then(firstOfBatch)
        .then(typed);
    },
    async tokenFor(role, tenant = 'pohjois-savo', user = `test-${role}`) {
      const identity: Identity = { userId: user, tenantId: isPlatformWideRole(role) ? null : tenant, roles: [role] };
      await grantMembership(table.tables, identity);
      return issuer.issue(identity);
    },
  };
};

export const errorCodeOf = (response: ProcedureResponse): string | undefined => (response.body as { error?: { data?: { code?: string } } } | null)?.error?.data?.code;

/** The data of a successful answer, typed from the procedure called. */
export function dataOf<TOutput>(response: ProcedureResponse<TOutput>): TOutput;
/** The data as the narrower view `T` a test spells out (not checked against the procedure's output). */
export function dataOf<T>(response: ProcedureResponse): T;
export function dataOf(response: ProcedureResponse): unknown {
  return (response.body as { result: { data: unknown } }).result.data;
}
