import { Aws, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles, signInCallbackPath } from '@linkki/domain';
import type { CountyIdentityProviderConfig } from '../county-identity-config';
import { acknowledge } from '../nag';
import { CountyIdentityProviders } from './county-identity-providers';

/** The custom attribute naming a person's wellbeing services county; the ID token carries it as `custom:tenant`. */
export const tenantAttribute = 'tenant';

/** What the API needs to verify an ID token from this pool for one app client. */
export interface TokenSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
}

export interface AuthProps {
  /** The start of the hosted sign-in domain; a suffix unique to this stack follows it. */
  readonly domainPrefix: string;
  /** Counties whose staff sign in through their own identity service. */
  readonly countyIdentityProviders?: readonly CountyIdentityProviderConfig[];
  /** The sender of Cognito's own emails (temporary passwords, codes); its domain is the stage's verified SES identity. */
  readonly fromAddress: string;
}

/**
 * The message with an invited person's temporary password, in the platform's three languages: it
 * comes from Cognito, apart from Linkki's invitation (sent through the outbox) that names the county.
 */
export const invitationMessage = {
  emailSubject: 'Linkki: tunnuksesi / ditt konto / your account',
  emailBody: [
    'Hei! Sinut on kutsuttu Linkkiin. Käyttäjätunnuksesi on {username} ja tilapäinen salasanasi {####}. Kirjaudu hyvinvointialueesi Linkki-sivulta ja vaihda salasana.',
    'Hej! Du har bjudits in till Linkki. Ditt användarnamn är {username} och ditt tillfälliga lösenord {####}. Logga in på ditt välfärdsområdes Linkki-sida och byt lösenord.',
    "Hello! You have been invited to Linkki. Your username is {username} and your temporary password {####}. Sign in on your county's Linkki page and change the password.",
  ].join('<br><br>'),
} as const;

/** The scopes the web app asks for; its `config.json` names the same ones. */
export const webClientScopes = [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE];

/**
 * `<prefix>-<8 hex digits>`: the first group of the UUID in this stack's id, known only at deploy
 * time. Cognito domains are global per region, so a fixed prefix would collide between accounts
 * and stages; this one is unique per account, region and stack and stays put across updates.
 */
const uniqueDomainPrefix = (prefix: string): string => `${prefix}-${Fn.select(0, Fn.split('-', Fn.select(2, Fn.split('/', Aws.STACK_ID))))}`;

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
 * Accounts are created by administrators or come from a county's own identity service; a
 * person's county, roles and status live in our table, and the pre-token trigger writes them
 * into every ID token (`custom:tenant`, `cognito:groups`).
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  /** The regional Cognito endpoint the browser calls for SRP sign-in. */
  readonly idpEndpoint: string;
  /** `<idpEndpoint>/<poolId>`: the `iss` of every token of this pool. */
  readonly issuer: string;
  readonly counties: CountyIdentityProviders;

  constructor(scope: Construct, id: string, { domainPrefix, countyIdentityProviders = [], fromAddress }: AuthProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      ...userPoolSettings,
      // Through SES, as Cognito's own sender allows only a few dozen emails a day: too few to invite a county.
      email: cognito.UserPoolEmail.withSES({ fromEmail: fromAddress, fromName: 'Linkki', sesVerifiedDomain: fromAddress.split('@')[1] ?? fromAddress }),
      userInvitation: invitationMessage,
    });
    acknowledge(
      this.userPool,
      'COG2',
      'TOTP MFA is offered to every user but not forced: accounts are created by administrators for county staff and partner organisations, not all of whom have an authenticator app; threat protection runs in enforced mode on every sign-in.',
    );
    for (const role of roles) {
      new cognito.UserPoolGroup(this, `Group-${role}`, { userPool: this.userPool, groupName: role });
    }
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: uniqueDomainPrefix(domainPrefix) } });
    this.counties = new CountyIdentityProviders(this, 'Counties', { userPool: this.userPool, counties: countyIdentityProviders });
    const stack = Stack.of(this);
    this.idpEndpoint = `https://cognito-idp.${stack.region}.${stack.urlSuffix}`;
    this.issuer = `${this.idpEndpoint}/${this.userPool.userPoolId}`;
  }

  /**
   * The single-page app's client: public (no secret), SRP or the hosted page with authorization
   * code and PKCE, for pool accounts and every county's identity service. It may read
   * `custom:tenant` but never write it, so nobody can move themselves to another county by
   * updating their own attributes.
   */
  addWebClient(id: string, appUrl: string): cognito.UserPoolClient {
    const client = this.userPool.addClient(id, {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: webClientScopes,
        callbackUrls: [`${appUrl}${signInCallbackPath}`],
        logoutUrls: [`${appUrl}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO, ...Object.values(this.counties.names).map((name) => cognito.UserPoolClientIdentityProvider.custom(name))],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true }).withCustomAttributes(tenantAttribute),
      // Cognito requires required attributes (email) to be writable; the county never is.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true, locale: true }),
    });
    // The client names the providers by name, not by reference: CloudFormation must create them first.
    for (const provider of this.counties.providers) client.node.addDependency(provider);
    return client;
  }

  /** Issuer, audience and key set the API verifies ID tokens of `client` against. */
  tokenSettings(client: cognito.IUserPoolClient): TokenSettings {
    return { issuer: this.issuer, audience: client.userPoolClientId, jwksUrl: `${this.issuer}/.well-known/jwks.json` };
  }
}
