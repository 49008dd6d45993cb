import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, type CfnElement, type Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EdgeWafStack, edgeRegion } from '../../lib/stacks/edge-waf-stack';
import { LinkkiStack, type SourcePaths } from '../../lib/stacks/linkki-stack';
import { parseStageConfig, stages } from '../../lib/stage-config';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const testAccount = '111122223333';
export const testRegion = 'eu-north-1';

/** Fixtures in place of the real handler and app build, so the stack tests neither wait for nor break with them. */
export const fixturePaths: SourcePaths = {
  projectRoot,
  apiEntry: fixture('api-handler.ts'),
  outboxSendEntry: fixture('outbox-send-handler.ts'),
  networkDigestEntry: fixture('network-digest-handler.ts'),
  referralsRetentionEntry: fixture('referrals-retention-handler.ts'),
  verificationRemindersEntry: fixture('verification-reminders-handler.ts'),
  usageDailyEntry: fixture('usage-daily-handler.ts'),
  pathwayFanOutEntry: fixture('pathway-fanout-handler.ts'),
  countyOffboardingEntry: fixture('county-offboarding-handler.ts'),
  searchSnapshotEntry: fixture('search-snapshot-handler.ts'),
  originSecretRotationEntry: fixture('origin-secret-rotation-handler.ts'),
  preTokenEntry: fixture('cognito-pre-token-handler.ts'),
  webDist: fixture('web-dist'),
};

/** The feature flags of the root `cdk.json`, so tests synthesize what `cdk synth` does. */
export const cdkJsonContext = (): Record<string, unknown> => (JSON.parse(readFileSync(`${projectRoot}cdk.json`, 'utf8')) as { context: Record<string, unknown> }).context;

export interface TestStage {
  readonly stage: string;
  /** Undefined for an account-agnostic stack, as `pnpm synth` makes without credentials. */
  readonly account: string | undefined;
  /** Settings that replace the stage's own, e.g. county identity providers the stages do not have. */
  readonly settings?: Record<string, unknown>;
}

/** The app as `bin/app.ts` builds it (cdk-nag included), by default for prod, with fixtures for the code. */
export const synthesizeTestStack = (paths: Partial<SourcePaths> = {}, { stage, account, settings = {} }: TestStage = { stage: 'prod', account: testAccount }) => {
  const app = new App({ context: cdkJsonContext() });
  const config = parseStageConfig({ ...(stages[stage] as Record<string, unknown>), ...(account ? { account } : {}), alarmEmail: 'alarms@example.org', ...settings });
  const edge = new EdgeWafStack(app, 'Linkki-test-edge', { env: { account: config.account, region: edgeRegion } });
  const stack = new LinkkiStack(app, 'Linkki-test', {
    env: { account: config.account, region: config.region },
    config,
    paths: { ...fixturePaths, ...paths },
    webAclArn: edge.webAclArn,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, edge, template: Template.fromStack(stack) };
};

/** The logical id of a construct's CloudFormation resource in `stack`'s template. */
export const logicalIdOf = (stack: Stack, construct: { node: { defaultChild?: unknown } }): string => stack.getLogicalId(construct.node.defaultChild as CfnElement);
