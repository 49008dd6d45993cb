import { Duration } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import type { TokenSettings } from './auth';
import { createNodeFunction } from './node-function';

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
  /** Where coordinators' invitations create sign-in accounts. */
  readonly userPool: cognito.IUserPool;
  /** Counties whose staff sign in with their own identity service: invitations create no account for them. */
  readonly federatedCounties: readonly string[];
}

/** The API function's memory in MB; Lambda gives CPU in proportion to it, and bills GB-seconds of it. */
export const apiFunctionMemorySize = 1024;

/**
 * Exactly what the handler's configuration reads in AWS. `TENANT_ROLE_ARN` is added by
 * TenantIsolation, `EXPORT_BUCKET` by ExportBucket, `ORIGIN_VERIFY_SECRET_ARN` by
 * OriginVerifySecret; `DYNAMODB_ENDPOINT` and anything of the local development issuer never are.
 */
const apiEnvironment = (props: ApiFunctionProps): Record<string, string> => ({
  TABLE_NAME: props.tableName,
  AUTH_ISSUER: props.token.issuer,
  AUTH_AUDIENCE: props.token.audience,
  AUTH_JWKS_URL: props.token.jwksUrl,
  APP_URL: props.appUrl,
  USER_POOL_ID: props.userPool.userPoolId,
  FEDERATED_COUNTIES: props.federatedCounties.join(','),
  POWERTOOLS_SERVICE_NAME: 'linkki-api',
});

/**
 * The API Lambda: the same middy-wrapped tRPC handler that serves requests locally, bundled here
 * by the workspace's esbuild (no Docker). Tokens are checked against Cognito only: nothing in its
 * configuration can point it at the local development issuer.
 */
export class ApiFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  /** The key of the hash in which client addresses are kept for abuse limits; only this function reads it. */
  readonly addressHashKey: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    const {
      function: fn,
      role,
      logGroup,
    } = createNodeFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      memorySize: apiFunctionMemorySize,
      timeout: Duration.seconds(10),
      environment: apiEnvironment(props),
    });
    this.function = fn;
    this.logGroup = logGroup;
    this.addressHashKey = new secretsmanager.Secret(this, 'AddressHashKey', {
      description: 'Linkki: the HMAC key of hashed client addresses (abuse limits); read once per API container',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    fn.addEnvironment('ADDRESS_HASH_SECRET_ARN', this.addressHashKey.secretArn);
    this.addressHashKey.grantRead(fn);
    acknowledge(
      this.addressHashKey,
      'SMG4',
      "Not rotated: a new key only makes the current hour's counters and the addresses a county knows start over, so a rotation is a manual step taken after a suspected leak, not a schedule.",
    );
    // Invitations: create an account (Cognito emails the temporary password), find it on a retry, resend it.
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'InvitationAccounts', actions: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser'], resources: [props.userPool.userPoolArn] }));
    acknowledge(role, 'IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".');
  }
}
