import { buildApiDependencies, createApiHandler, createCachedOriginSecrets, loadConfig, originVerifyHeader, type OriginSecrets, type ReadSecretStage } from '@linkki/functions';
import { createDevIssuer, createLocalAccountDirectory, createLocalExportStore, lambdaContext } from '@linkki/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent } from '../helpers/api-harness';
import { createTestTable, type TestTable } from '../helpers/test-table';

const testIssuer = 'https://issuer.test/origin';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable({ catalogs: false });
});

/** The real API handler on a test table, with CloudFront's origin check on when `originSecrets` is given. */
const apiHandler = async (originSecrets?: OriginSecrets) => {
  const issuer = await createDevIssuer({ issuer: testIssuer, keyFile: null });
  const config = loadConfig({ TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_JWKS_URL: `${testIssuer}/jwks.json` });
  const deps = buildApiDependencies(config, {
    keys: issuer.keys,
    client: table.client,
    accounts: createLocalAccountDirectory({ file: null }),
    exports: createLocalExportStore({ dir: null, baseUrl: () => 'http://localhost' }),
  });
  const handler = createApiHandler({ deps, maxBatchSize: 10, ...(originSecrets ? { originSecrets } : {}) });
  return async (path: string, headers: Record<string, string> = {}) => {
    const event = path.startsWith('/trpc/') ? apiGatewayEvent(path, { headers, body: '{}', query: 'batch=1' }) : apiGatewayEvent(path, { method: 'GET', headers });
    const response = await handler(event, lambdaContext());
    return { status: response.statusCode, body: JSON.parse(response.body ?? 'null') as unknown, headers: response.headers };
  };
};

/** A secret with its version stages in memory; a rotation moves them as Secrets Manager does. */
const secretStages = (stages: Partial<Record<'AWSCURRENT' | 'AWSPENDING' | 'AWSPREVIOUS', string>>) => {
  let reads = 0;
  const read: ReadSecretStage = async (stage) => {
    reads += 1;
    return stages[stage];
  };
  return { stages, read, reads: () => reads };
};

describe('the API behind CloudFront', () => {
  const secret = secretStages({ AWSCURRENT: 'current-0123456789abcdef', AWSPREVIOUS: 'previous-0123456789abcde' });
  let call: Awaited<ReturnType<typeof apiHandler>>;
  beforeAll(async () => {
    call = await apiHandler(createCachedOriginSecrets({ read: secret.read }));
  });

  it.each([
    ['without the header', {}],
    ['with a wrong value', { [originVerifyHeader]: 'guessed-0123456789abcdef' }],
    ['with an empty value', { [originVerifyHeader]: '' }],
    ['with the current value in a different case', { [originVerifyHeader]: 'CURRENT-0123456789ABCDEF' }],
  ])('refuses a request %s with 403 and a plain JSON error, before any procedure runs', async (_, headers) => {
    for (const path of ['/health', '/trpc/tenants.list', '/api/hsds/pohjois-savo/services']) {
      const response = await call(path, headers);
      expect(response.status, path).toBe(403);
      expect(response.headers?.['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ error: 'Forbidden', message: expect.any(String) });
    }
  });

  it.each([
    ['the current value', 'current-0123456789abcdef'],
    ['the previous value, which edges still send while a rotation spreads', 'previous-0123456789abcde'],
  ])('serves a request with %s', async (_, value) => {
    const response = await call('/health', { [originVerifyHeader]: value });
    expect(response.status).toBe(200);
    const trpc = await call('/trpc/tenants.list', { [originVerifyHeader]: value });
    expect(trpc.status).toBe(200);
  });

  it('reads the secret once per container, not once per request', async () => {
    const before = secret.reads();
    for (let index = 0; index < 5; index += 1) await call('/health', { [originVerifyHeader]: 'current-0123456789abcdef' });
    expect(secret.reads()).toBe(before);
  });
});

describe('a rotation', () => {
  it('never refuses the value CloudFront sends, before, during or after it', async () => {
    let clock = 0;
    const secret = secretStages({ AWSCURRENT: 'old-value-0123456789abcdef' });
    const call = await apiHandler(createCachedOriginSecrets({ read: secret.read, now: () => clock, minRefreshMs: 10_000 }));
    expect((await call('/health', { [originVerifyHeader]: 'old-value-0123456789abcdef' })).status).toBe(200);

    // createSecret and setSecret: the new value is pending and some edges already send it.
    secret.stages.AWSPENDING = 'new-value-0123456789abcdef';
    clock += 10_000;
    expect((await call('/health', { [originVerifyHeader]: 'new-value-0123456789abcdef' })).status).toBe(200);
    expect((await call('/health', { [originVerifyHeader]: 'old-value-0123456789abcdef' })).status).toBe(200);

    // finishSecret: the new value is current, the old one previous; late edges still send the old one.
    secret.stages.AWSPREVIOUS = 'old-value-0123456789abcdef';
    secret.stages.AWSCURRENT = 'new-value-0123456789abcdef';
    delete secret.stages.AWSPENDING;
    clock += 10_000;
    expect((await call('/health', { [originVerifyHeader]: 'old-value-0123456789abcdef' })).status).toBe(200);
    expect((await call('/health', { [originVerifyHeader]: 'new-value-0123456789abcdef' })).status).toBe(200);
  });
});

describe('the local platform, with no CloudFront in front', () => {
  it('serves requests without the header', async () => {
    const call = await apiHandler();
    expect((await call('/health')).status).toBe(200);
  });
});
