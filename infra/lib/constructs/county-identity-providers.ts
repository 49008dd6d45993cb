import { SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { CountyAttributeMapping, CountyIdentityProviderConfig } from '../county-identity-config';
import { countyIdentityProviderName } from '@linkki/domain';

// Cognito allows 1–32 characters and no underscore in a provider name: the underscore separates
// the provider from the subject in a federated user's name (`county-lappi_<subject>`).
export { countyIdentityProviderName } from '@linkki/domain';

/** Where counties usually put email and display name: Entra ID's and AD FS's claim URIs, OIDC's standard claims. */
const defaultAttributes: Record<CountyIdentityProviderConfig['type'], Required<CountyAttributeMapping>> = {
  saml: {
    email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    name: 'http://schemas.microsoft.com/identity/claims/displayname',
  },
  oidc: { email: 'email', name: 'name' },
};

/** Email is a required attribute of the pool, so every provider must fill it; the county stays ours to set. */
const attributeMappingOf = (config: CountyIdentityProviderConfig): cognito.AttributeMapping => {
  const attributes = { ...defaultAttributes[config.type], ...config.attributeMapping };
  return { email: cognito.ProviderAttribute.other(attributes.email), fullname: cognito.ProviderAttribute.other(attributes.name) };
};

const createProvider = (scope: Construct, userPool: cognito.IUserPool, config: CountyIdentityProviderConfig): cognito.IUserPoolIdentityProvider => {
  const common = { userPool, name: countyIdentityProviderName(config.tenant), attributeMapping: attributeMappingOf(config) };
  const id = `County-${config.tenant}`;
  if (config.type === 'saml') {
    return new cognito.UserPoolIdentityProviderSaml(scope, id, { ...common, metadata: cognito.UserPoolIdentityProviderSamlMetadata.url(config.metadataUrl) });
  }
  return new cognito.UserPoolIdentityProviderOidc(scope, id, {
    ...common,
    issuerUrl: config.issuer,
    clientId: config.clientId,
    // A dynamic reference CloudFormation resolves while deploying: the secret never enters the template.
    clientSecret: SecretValue.secretsManager(config.clientSecretName).unsafeUnwrap(),
    scopes: ['openid', 'email', 'profile'],
  });
};

export interface CountyIdentityProvidersProps {
  readonly userPool: cognito.IUserPool;
  readonly counties: readonly CountyIdentityProviderConfig[];
}

/** Each county's own identity service (SAML or OIDC) federated into the user pool, one provider per county. */
export class CountyIdentityProviders extends Construct {
  readonly providers: readonly cognito.IUserPoolIdentityProvider[];
  /** County slug → the provider's name, as the web app names it to the hosted sign-in (`identity_provider`). */
  readonly names: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, { userPool, counties }: CountyIdentityProvidersProps) {
    super(scope, id);
    this.providers = counties.map((config) => createProvider(this, userPool, config));
    this.names = Object.fromEntries(counties.map(({ tenant }) => [tenant, countyIdentityProviderName(tenant)]));
  }
}
