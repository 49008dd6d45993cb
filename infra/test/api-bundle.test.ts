import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiFunction } from '../lib/constructs/api-function';
import { esbuildOptionsOf, nodeBundling } from '../lib/constructs/node-function';
import { workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { runBundleInFreshNode, stagedCodeDir } from './helpers/bundle';

const paths = workspaceSourcePaths(fileURLToPath(new URL('../../', import.meta.url)));

const environment = {
  TABLE_NAME: 'linkki-test',
  AUTH_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test',
  AUTH_AUDIENCE: 'test-client',
  AUTH_JWKS_URL: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test/.well-known/jwks.json',
  TENANT_ROLE_ARN: 'arn:aws:iam::111122223333:role/TenantDataRole',
  APP_URL: 'https://linkki.example.org',
  USER_POOL_ID: 'eu-north-1_test',
  FEDERATED_COUNTIES: '',
  // Added by the exports bucket, as TENANT_ROLE_ARN is by the tenant isolation.
  EXPORT_BUCKET: 'linkki-test-exports',
  // Added by the origin verify secret: the handler refuses requests that bypass CloudFront.
  ORIGIN_VERIFY_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:OriginVerify-AbCdEf',
  // The API function's own generated key of the client address hash; read on the first anonymous submission.
  ADDRESS_HASH_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:AddressHashKey-AbCdEf',
};

/** The source files of which something reached the bundle. */
const bundledInputs = (metafile: Metafile): string[] =>
  Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs).filter((input) => (output.inputs[input]?.bytesInOutput ?? 0) > 0));

/** Bundles `functions/src/api/handler.ts` exactly as a deployment would, once for this file. */
const bundleRealHandler = (): string => {
  const stack = new Stack(new App(), 'Bundle', { env: { account: '111122223333', region: 'eu-north-1' } });
  const api = new ApiFunction(stack, 'Api', {
    entry: paths.apiEntry,
    projectRoot: paths.projectRoot,
    tableName: environment.TABLE_NAME,
    token: { issuer: environment.AUTH_ISSUER, audience: environment.AUTH_AUDIENCE, jwksUrl: environment.AUTH_JWKS_URL },
    appUrl: environment.APP_URL,
    logRetention: RetentionDays.ONE_WEEK,
    userPool: UserPool.fromUserPoolId(stack, 'Pool', environment.USER_POOL_ID),
    federatedCounties: [],
  });
  return stagedCodeDir(api.function);
};

describe.skipIf(!existsSync(paths.apiEntry))('the API handler as bundled for Lambda', () => {
  let bundleDir = '';
  let bundle = '';

  // What esbuild builds from the construct's bundling options, with its metafile.
  let reproduced: { outdir: string; metafile: Metafile } = { outdir: '', metafile: { inputs: {}, outputs: {} } };

  beforeAll(async () => {
    bundleDir = bundleRealHandler();
    bundle = readFileSync(join(bundleDir, 'index.mjs'), 'utf8');
    const outdir = mkdtempSync(join(tmpdir(), 'linkki-api-bundle-'));
    const { metafile } = await build({ ...esbuildOptionsOf(nodeBundling, { entry: paths.apiEntry, projectRoot: paths.projectRoot, outdir }), metafile: true });
    reproduced = { outdir, metafile };
  });

  it('is one ES module with its source map and the require shim for CommonJS dependencies', () => {
    expect(readdirSync(bundleDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(bundle.startsWith("import { createRequire as __createRequire } from 'node:module';")).toBe(true);
  });

  it('is byte for byte what esbuild builds from the same bundling options, so the bench measures what deploys', () => {
    expect(readFileSync(join(reproduced.outdir, 'index.mjs'), 'utf8') === bundle).toBe(true);
  });

  it('carries no zod locale but English', () => {
    // zod keeps a module per language behind `z.locales`; only English, its default, may reach the bundle.
    const bundledLocales = bundledInputs(reproduced.metafile)
      .map((input) => /\/zod\/v4\/locales\/([^/]+)\.js$/.exec(input)?.[1])
      .filter((locale) => locale !== undefined);
    expect(bundledLocales).toEqual(['en']);
  });

  it("explains bad configuration in zod's English messages", () => {
    expect(() => runBundleInFreshNode(bundleDir, { ...environment, TABLE_NAME: 'x' }, '')).toThrow('TABLE_NAME: Too small: expected string to have >=3 characters');
  });

  it('contains nothing of the local development issuer', () => {
    for (const marker of ['linkki-dev-issuer', 'linkki-local', '/dev/token', '/dev/personas']) expect(bundle).not.toContain(marker);
  });

  it('loads in a fresh Node process with the environment the stack gives it and exports the handler', () => {
    expect(runBundleInFreshNode(bundleDir, environment, 'process.stdout.write(typeof handler);')).toBe('function');
  });

  it('refuses a request without the origin header before it reads anything', () => {
    const event = {
      version: '2.0',
      rawPath: '/health',
      rawQueryString: '',
      headers: { host: 'abc.execute-api.eu-north-1.amazonaws.com' },
      requestContext: { http: { method: 'GET', path: '/health', sourceIp: '192.0.2.1' } },
      isBase64Encoded: false,
    };
    const script = `const response = await handler(${JSON.stringify(event)}, { functionName: 'api', awsRequestId: 'test', getRemainingTimeInMillis: () => 10000 }); process.stdout.write(JSON.stringify(response));`;
    const response = JSON.parse(runBundleInFreshNode(bundleDir, environment, script)) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ error: 'Forbidden', message: expect.any(String) });
  });
});
