import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../lib/constructs/data-table';
import { OutboxSender } from '../lib/constructs/outbox-sender';
import { workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { runBundleInFreshNode, stagedCodeDir } from './helpers/bundle';

const paths = workspaceSourcePaths(fileURLToPath(new URL('../../', import.meta.url)));

const environment = { NOTIFICATION_FROM_ADDRESS: 'linkki@linkki.example.fi', POWERTOOLS_SERVICE_NAME: 'linkki-outbox' };

/** Bundles `functions/src/events/outbox-send.handler.ts` exactly as a deployment would, once for this file. */
const bundleRealHandler = (): string => {
  const stack = new Stack(new App(), 'Bundle', { env: { account: '111122223333', region: 'eu-north-1' } });
  const outbox = new OutboxSender(stack, 'Outbox', {
    entry: paths.outboxSendEntry,
    projectRoot: paths.projectRoot,
    data: new DataTable(stack, 'Data'),
    fromAddress: environment.NOTIFICATION_FROM_ADDRESS,
    logRetention: RetentionDays.ONE_WEEK,
  });
  return stagedCodeDir(outbox.function);
};

/** A stream batch whose only record is not a new notification, with the context Lambda passes. */
const invokeWithoutNotifications = `
const event = { Records: [{ eventName: 'MODIFY', dynamodb: { SequenceNumber: '1', NewImage: { entity: { S: 'listing' } } } }] };
const context = { functionName: 'outbox', awsRequestId: 'test', getRemainingTimeInMillis: () => 30000 };
process.stdout.write(JSON.stringify(await handler(event, context)));`;

describe.skipIf(!existsSync(paths.outboxSendEntry))('the outbox sender as bundled for Lambda', () => {
  let bundleDir = '';

  beforeAll(() => {
    bundleDir = bundleRealHandler();
  });

  it('is one ES module with its source map', () => {
    expect(readdirSync(bundleDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
  });

  it('loads in a fresh Node process with the environment the stack gives it and exports the handler', () => {
    expect(runBundleInFreshNode(bundleDir, environment, 'process.stdout.write(typeof handler);')).toBe('function');
  });

  it('answers a batch without new notifications with no failures, sending nothing', () => {
    expect(JSON.parse(runBundleInFreshNode(bundleDir, environment, invokeWithoutNotifications))).toEqual({ batchItemFailures: [] });
  });
});
