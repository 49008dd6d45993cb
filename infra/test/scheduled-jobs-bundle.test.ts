import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../lib/constructs/data-table';
import { NetworkDigest } from '../lib/constructs/network-digest';
import { ReferralsRetention } from '../lib/constructs/referrals-retention';
import type { ScheduledTableJob } from '../lib/constructs/scheduled-table-job';
import { workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { runBundleInFreshNode, stagedCodeDir } from './helpers/bundle';

const paths = workspaceSourcePaths(fileURLToPath(new URL('../../', import.meta.url)));

interface JobUnderTest {
  readonly name: string;
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly create: (stack: Stack, data: DataTable) => ScheduledTableJob;
}

const common = { projectRoot: paths.projectRoot, logRetention: RetentionDays.ONE_WEEK };

/** Each scheduled job with the environment its construct gives it. */
const jobs: readonly JobUnderTest[] = [
  {
    name: 'the referral retention run',
    entry: paths.referralsRetentionEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-referrals-retention' },
    create: (stack, data) => new ReferralsRetention(stack, 'Job', { ...common, entry: paths.referralsRetentionEntry, data }),
  },
  {
    name: 'the weekly network digest',
    entry: paths.networkDigestEntry,
    environment: { TABLE_NAME: 'linkki-test', POWERTOOLS_SERVICE_NAME: 'linkki-network-digest', APP_URL: 'https://linkki.example.org' },
    create: (stack, data) => new NetworkDigest(stack, 'Job', { ...common, entry: paths.networkDigestEntry, data, appUrl: 'https://linkki.example.org' }),
  },
];

/** Bundles the job's real handler exactly as a deployment would. */
const bundle = (job: JobUnderTest): string => {
  const stack = new Stack(new App(), 'Bundle', { env: { account: '111122223333', region: 'eu-north-1' } });
  return stagedCodeDir(job.create(stack, new DataTable(stack, 'Data')).function);
};

describe.each(jobs.filter((job) => existsSync(job.entry)))('$name as bundled for Lambda', (job) => {
  it('is one ES module with its source map, which loads in a fresh Node process and exports the handler', () => {
    const bundleDir = bundle(job);
    expect(readdirSync(bundleDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(runBundleInFreshNode(bundleDir, job.environment, 'process.stdout.write(typeof handler);')).toBe('function');
  });
});
