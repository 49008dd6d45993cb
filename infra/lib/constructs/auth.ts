import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles } from '../../../packages/domain/src/identity/role.schema';
import { acknowledge } from '../nag';

/** The custom attribute naming a person's wellbeing services county; the ID token carries it as `custom:tenant`. */
export const tenantAttribute = 'tenant';

/** What the API needs to verify an ID token from this pool for one app client. */
export interface TokenSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
}

export interface AuthProps {
  readonly domainPrefix: string;
}

/** Invitation-only accounts with strong passwords, optional TOTP and enforced threat protection. */
const userPoolSettings: cognito.UserPoolProps = {
  selfSignUpEnabled: false,
  signInAliases: { email: true },
  autoVerify: { email: true },
  keepOriginal: { email: true },
  standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
  customAttributes: { [tenantAttribute]: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }) },
  passwordPolicy: {
    minLength: 12,
    requireLowercase: true,
    requireUppercase: true,
    requireDigits: true,
    requireSymbols: true,
    passwordHistorySize: 5,
    tempPasswordValidity: Duration.days(3),
  },
  mfa: cognito.Mfa.OPTIONAL,
  mfaSecondFactor: { otp: true, sms: false },
  accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
  featurePlan: cognito.FeaturePlan.PLUS,
  standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
  deletionProtection: true,
  removalPolicy: RemovalPolicy.RETAIN,
};

/**
 * Sign-in for professionals, link workers, editors and operators (residents never sign in).
 * Accounts are created by administrators; a person's county and roles are set by them too,
 * as the `tenant` attribute and group membership, and reach the API as ID token claims.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  /** The regional Cognito endpoint the browser calls for SRP sign-in. */
  readonly idpEndpoint: string;
  /** `<idpEndpoint>/<poolId>`: the `iss` of every token of this pool. */
  readonly issuer: string;

  constructor(scope: Construct, id: string, { domainPrefix }: AuthProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', userPoolSettings);
    acknowledge(
      this.userPool,
      'COG2',
      'TOTP MFA is offered to every user but not forced: accounts are created by administrators for county staff and partner organisations, not all of whom have an authenticator app; threat protection runs in enforced mode on every sign-in.',
    );
    for (const role of roles) {
      new cognito.UserPoolGroup(this, `Group-${role}`, { userPool: this.userPool, groupName: role });
    }
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix } });
    const stack = Stack.of(this);
    this.idpEndpoint = `https://cognito-idp.${stack.region}.${stack.urlSuffix}`;
    this.issuer = `${this.idpEndpoint}/${this.userPool.userPoolId}`;
  }

  /**
   * The single-page app's client: public (no secret), SRP or the hosted page with authorization
   * code and PKCE. It may read `custom:tenant` but never write it, so nobody can move themselves
   * to another county by updating their own attributes.
   */
  addWebClient(id: string, appUrl: string): cognito.UserPoolClient {
    return this.userPool.addClient(id, {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${appUrl}/`],
        logoutUrls: [`${appUrl}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true })
        .withCustomAttributes(tenantAttribute),
      // Cognito requires required attributes (email) to be writable; the county never is.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true, locale: true }),
    });
  }

  /** Issuer, audience and key set the API verifies ID tokens of `client` against. */
  tokenSettings(client: cognito.IUserPoolClient): TokenSettings {
    return { issuer: this.issuer, audience: client.userPoolClientId, jwksUrl: `${this.issuer}/.well-known/jwks.json` };
  }
}
