import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OriginVerifySecret } from '../lib/constructs/origin-verify-secret';
import { workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { runBundleInFreshNode, stagedCodeDir } from './helpers/bundle';

const paths = workspaceSourcePaths(fileURLToPath(new URL('../../', import.meta.url)));

/** Bundles `functions/src/events/origin-secret-rotation.handler.ts` exactly as a deployment would. */
const bundleRotation = (): string => {
  const stack = new Stack(new App(), 'Bundle', { env: { account: '111122223333', region: 'eu-north-1' } });
  const distribution = cloudfront.Distribution.fromDistributionAttributes(stack, 'Distribution', { distributionId: 'E123EXAMPLE', domainName: 'd123.cloudfront.net' });
  const rotation = new OriginVerifySecret(stack, 'OriginVerify').rotateWith({
    entry: paths.originSecretRotationEntry,
    projectRoot: paths.projectRoot,
    logRetention: RetentionDays.ONE_WEEK,
    distribution,
  });
  return stagedCodeDir(rotation);
};

const call = (event: unknown) => `try { await handler(${JSON.stringify(event)}); process.stdout.write('resolved'); } catch (error) { process.stdout.write(String(error.message)); }`;

describe.skipIf(!existsSync(paths.originSecretRotationEntry))('the origin secret rotation as bundled for Lambda', () => {
  let bundleDir = '';
  beforeAll(() => {
    bundleDir = bundleRotation();
  });

  it('is one ES module with its source map', () => {
    expect(readdirSync(bundleDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
  });

  it('loads with the environment its construct gives it and refuses an event that is not a rotation step, calling nothing', () => {
    const environment = { DISTRIBUTION_ID: 'E123EXAMPLE', POWERTOOLS_SERVICE_NAME: 'linkki-origin-secret-rotation', AWS_REGION: 'eu-north-1' };
    expect(runBundleInFreshNode(bundleDir, environment, call({ SecretId: 'arn:secret', ClientRequestToken: 'v1', Step: 'dropSecret' }))).toMatch(/Step/);
  });

  it('names its missing setting rather than rotate blindly', () => {
    expect(runBundleInFreshNode(bundleDir, { AWS_REGION: 'eu-north-1' }, call({ SecretId: 'arn:secret', ClientRequestToken: 'v1', Step: 'setSecret' }))).toBe(
      'Invalid configuration: DISTRIBUTION_ID: is required',
    );
  });
});
