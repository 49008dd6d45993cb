import { fileURLToPath } from 'node:url';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EdgeWafStack, edgeRegion } from '../lib/stacks/edge-waf-stack';
import { LinkkiStack, workspaceSourcePaths } from '../lib/stacks/linkki-stack';
import { loadStageConfig } from '../lib/stage-config';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const app = new App();
// `cdk synth -c stage=prod -c alarmEmail=ops@example.org`; the account comes from the CLI's credentials, if any.
const contextText = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' ? value : undefined;
};
const config = loadStageConfig(contextText('stage') ?? 'dev', {
  account: process.env.CDK_DEFAULT_ACCOUNT,
  alarmEmail: contextText('alarmEmail'),
});

const edge = new EdgeWafStack(app, `Linkki-${config.stage}-edge`, {
  stackName: `linkki-${config.stage}-edge`,
  description: `Linkki (${config.stage}): the web application firewall in front of CloudFront`,
  env: { account: config.account, region: edgeRegion },
  terminationProtection: config.stage === 'prod',
});

new LinkkiStack(app, `Linkki-${config.stage}`, {
  stackName: `linkki-${config.stage}`,
  description: `Linkki (${config.stage}): data, sign-in, API, web app and alarms`,
  env: { account: config.account, region: config.region },
  terminationProtection: config.stage === 'prod',
  config,
  paths: workspaceSourcePaths(projectRoot),
  webAclArn: edge.webAclArn,
});

Tags.of(app).add('project', 'linkki');
Tags.of(app).add('stage', config.stage);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
