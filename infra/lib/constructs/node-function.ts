import { join } from 'node:path';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { BuildOptions } from 'esbuild';
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

/** What every function's Node.js process starts with: stack traces mapped back to the TypeScript source. */
export const nodeRuntimeEnvironment = { NODE_OPTIONS: '--enable-source-maps' } as const;

/** The bundling options `esbuildOptionsOf` translates; any other one must be translated there before it is used. */
const translatedBundlingOptions = new Set(['format', 'target', 'minify', 'sourceMap', 'sourcesContent', 'banner', 'mainFields', 'bundleAwsSDK', 'logLevel', 'define']);

/**
 * The esbuild build CDK runs for `bundling` (its local bundling: `esbuild --bundle <entry>` in the
 * workspace root, the options as command-line flags), for the bench to measure what deploys and
 * read esbuild's metafile of it. A bundling option it does not translate is an error rather than
 * a silent difference; the infra tests compare its output with CDK's byte for byte.
 */
export const esbuildOptionsOf = (bundling: nodejs.BundlingOptions, { entry, projectRoot, outdir }: { entry: string; projectRoot: string; outdir: string }): BuildOptions => {
  const untranslated = Object.keys(bundling).filter((key) => !translatedBundlingOptions.has(key));
  if (untranslated.length) throw new Error(`esbuildOptionsOf does not translate the bundling options ${untranslated.join(', ')}: add them as CDK passes them to esbuild`);
  if (!bundling.bundleAwsSDK) throw new Error('esbuildOptionsOf reproduces only bundles that carry the AWS SDK (bundleAwsSDK: true)');
  // Without one, CDK derives the target from the function's runtime, which the options alone do not name.
  if (!bundling.target) throw new Error('esbuildOptionsOf needs the bundling target (e.g. node22)');
  const format = bundling.format ?? nodejs.OutputFormat.CJS;
  return {
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: bundling.target,
    format,
    outfile: join(outdir, format === nodejs.OutputFormat.ESM ? 'index.mjs' : 'index.js'),
    minify: bundling.minify ?? false,
    sourcemap: bundling.sourceMap ?? false,
    sourcesContent: bundling.sourcesContent ?? true,
    ...(bundling.banner ? { banner: { js: bundling.banner } } : {}),
    ...(bundling.mainFields ? { mainFields: bundling.mainFields } : {}),
    ...(bundling.define ? { define: bundling.define } : {}),
    logLevel: bundling.logLevel ?? 'warning',
  };
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
    environment: { ...props.environment, ...nodeRuntimeEnvironment },
    bundling: nodeBundling,
  });
  acknowledge(
    fn,
    'L1',
    'Pinned to Node.js 22, the version the README names as the one running in AWS and recommends locally; moving to Node.js 24 is one deliberate change made there and here together.',
  );
  return { function: fn, role, logGroup };
};
