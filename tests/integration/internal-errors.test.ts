import { buildApiDependencies, createApiHandler, loadConfig } from '@linkki/functions';
import { createDevIssuer, createLocalAccountDirectory, createLocalExportStore, lambdaContext } from '@linkki/local';
import { describe, expect, it } from 'vitest';
import { apiGatewayEvent } from '../helpers/api-harness';
import { createTestTable } from '../helpers/test-table';

describe('when the table is unreachable', () => {
  it('answers with a generic message, not the database error, and /health says 503', async () => {
    const { endpoint, client } = await createTestTable({ seed: false });
    const issuer = await createDevIssuer({ issuer: 'https://issuer.test/x', keyFile: null });
    const config = loadConfig({
      TABLE_NAME: 'no-such-table',
      DYNAMODB_ENDPOINT: endpoint,
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: issuer.audience,
      AUTH_JWKS_URL: 'https://issuer.test/x/jwks.json',
    });
    const handler = createApiHandler({
      deps: buildApiDependencies(config, {
        keys: issuer.keys,
        client,
        accounts: createLocalAccountDirectory({ file: null }),
        exports: createLocalExportStore({ dir: null, baseUrl: () => 'http://localhost' }),
      }),
      maxBatchSize: 10,
    });

    const list = await handler(apiGatewayEvent('/trpc/tenants.list', { body: '{}', query: 'batch=1' }), lambdaContext());
    expect(list.statusCode).toBe(500);
    expect(list.body).not.toMatch(/ResourceNotFound|no-such-table|stack|\.ts:/);
    expect((JSON.parse(list.body ?? '[]') as { error: { message: string } }[])[0]?.error.message).toMatch(/on our side/);

    const health = await handler(apiGatewayEvent('/health', { method: 'GET' }), lambdaContext());
    expect(health.statusCode).toBe(503);
  });

  it('refuses to start on a configuration with bad keys, naming each', () => {
    expect(() => loadConfig({ TABLE_NAME: 'x', AUTH_ISSUER: 'not a url' })).toThrow(/TABLE_NAME.*AUTH_ISSUER.*AUTH_AUDIENCE.*AUTH_JWKS_URL/);
  });
});
