import { join } from 'node:path';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag';

/** Lets bundled ESM code call `require` for the CommonJS dependencies esbuild leaves as requires. */
const esmRequireBanner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** ESM for Node.js 22, minified, with source maps for readable stack traces. */
export const nodeBundling: nodejs.BundlingOptions = {
  format: nodejs.OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  banner: esmRequireBanner,
  mainFields: ['module', 'main'],
  // The locked SDK version runs in AWS too, the same one the tests ran against.
  bundleAwsSDK: true,
  logLevel: nodejs.LogLevel.WARNING,
};

export interface NodeFunctionProps {
  /** The handler file, exporting `handler`. */
  readonly entry: string;
  /** The workspace root: esbuild runs there and resolves the handler's packages from it. */
  readonly projectRoot: string;
  readonly logRetention: logs.RetentionDays;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
}

export interface NodeFunctionParts {
  readonly function: nodejs.NodejsFunction;
  /** The execution role; it holds nothing but writing to the function's own log group and X-Ray. */
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
}

/**
 * A workspace handler bundled by the workspace's esbuild (no Docker) for arm64 Node.js 22, traced,
 * logging to a retained group of its own. Creates `Logs`, `Role` and `Function` directly in `scope`.
 */
export const createNodeFunction = (scope: Construct, props: NodeFunctionProps): NodeFunctionParts => {
  const logGroup = new logs.LogGroup(scope, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN });
  // An explicit role keeps AWS managed policies off it: logs go to this one group only.
  const role = new iam.Role(scope, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);

  const fn = new nodejs.NodejsFunction(scope, 'Function', {
    entry: props.entry,
    handler: 'handler',
    projectRoot: props.projectRoot,
    depsLockFilePath: join(props.projectRoot, 'pnpm-lock.yaml'),
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    tracing: lambda.Tracing.ACTIVE,
    role,
    logGroup,
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    bundling: nodeBundling,
  });
  acknowledge(
    fn,
    'L1',
    'Pinned to Node.js 22, the version the README names as the one running in AWS and recommends locally; moving to Node.js 24 is one deliberate change made there and here together.',
  );
  return { function: fn, role, logGroup };
};
