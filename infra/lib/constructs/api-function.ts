import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import type { TokenSettings } from './auth';

/** Lets bundled ESM code call `require` for the CommonJS dependencies esbuild leaves as requires. */
const esmRequireBanner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export interface ApiFunctionProps {
  /** The handler file; `functions/src/api/handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  /** The workspace root: esbuild runs there and resolves the handler's packages from it. */
  readonly projectRoot: string;
  readonly tableName: string;
  readonly token: TokenSettings;
  /** The web app's public URL, for links in notifications. */
  readonly appUrl: string;
  readonly logRetention: logs.RetentionDays;
}

/** ESM for Node.js 22, minified, with source maps for readable stack traces. */
const bundling: nodejs.BundlingOptions = {
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

/**
 * Exactly what the handler's configuration reads in AWS. `TENANT_ROLE_ARN` is added by
 * TenantIsolation; `DYNAMODB_ENDPOINT` and anything of the local development issuer never are.
 */
const apiEnvironment = (props: ApiFunctionProps): Record<string, string> => ({
  TABLE_NAME: props.tableName,
  AUTH_ISSUER: props.token.issuer,
  AUTH_AUDIENCE: props.token.audience,
  AUTH_JWKS_URL: props.token.jwksUrl,
  APP_URL: props.appUrl,
  POWERTOOLS_SERVICE_NAME: 'linkki-api',
  NODE_OPTIONS: '--enable-source-maps',
});

/**
 * The API Lambda: the same middy-wrapped tRPC handler that serves requests locally, bundled here
 * by the workspace's esbuild (no Docker). Tokens are checked against Cognito only: nothing in its
 * configuration can point it at the local development issuer.
 */
export class ApiFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN });
    // An explicit role keeps AWS managed policies off it: logs go to this one group only.
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'pnpm-lock.yaml'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      role,
      logGroup: this.logGroup,
      environment: apiEnvironment(props),
      bundling,
    });
    acknowledge(
      this.function,
      'L1',
      'Pinned to Node.js 22, the version the README names as the one running in AWS and recommends locally; moving to Node.js 24 is one deliberate change made there and here together.',
    );
    acknowledge(
      role,
      'IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".',
    );
  }
}
