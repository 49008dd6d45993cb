import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../lib/constructs/data-table';
import { ReferralsRetention } from '../lib/constructs/referrals-retention';
import { workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { runBundleInFreshNode, stagedCodeDir } from './helpers/bundle';

const paths = workspaceSourcePaths(fileURLToPath(new URL('../../', import.meta.url)));

/** Bundles `functions/src/events/referrals-retention.handler.ts` exactly as a deployment would. */
const bundleRealHandler = (): string => {
  const stack = new Stack(new App(), 'Bundle', { env: { account: '111122223333', region: 'eu-north-1' } });
  const retention = new ReferralsRetention(stack, 'ReferralsRetention', {
    entry: paths.referralsRetentionEntry,
    projectRoot: paths.projectRoot,
    data: new DataTable(stack, 'Data'),
    logRetention: RetentionDays.ONE_WEEK,
  });
  return stagedCodeDir(retention.function);
};

describe.skipIf(!existsSync(paths.referralsRetentionEntry))('the referral retention run as bundled for Lambda', () => {
  let bundleDir = '';

  beforeAll(() => {
    bundleDir = bundleRealHandler();
  });

  it('is one ES module with its source map', () => {
    expect(readdirSync(bundleDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
  });

  it('loads in a fresh Node process with the environment the stack gives it and exports the handler', () => {
    const environment = { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-referrals-retention' };
    expect(runBundleInFreshNode(bundleDir, environment, 'process.stdout.write(typeof handler);')).toBe('function');
  });
});
