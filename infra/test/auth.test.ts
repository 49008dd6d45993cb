import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { maxAuthDomainPrefixLength } from '../lib/stage-config';
import { logicalIdOf, synthesizeTestStack, testAccount } from './helpers/test-stack';
import { flatten } from './helpers/template-policies';

type Resources = Record<string, { Type: string; Properties: Record<string, any>; DependsOn?: string[] }>;
const onlyOf = (resources: Resources, type: string) => {
  const found = Object.entries(resources).filter(([, resource]) => resource.Type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Evaluates the intrinsic functions a domain prefix is made of, as CloudFormation would for `stackId`. */
const evaluate = (value: unknown, stackId: string): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, any>;
  if (node.Ref === 'AWS::StackId') return stackId;
  if ('Fn::Join' in node) return (node['Fn::Join'][1] as unknown[]).map((part) => evaluate(part, stackId)).join(node['Fn::Join'][0]);
  if ('Fn::Split' in node) return (evaluate(node['Fn::Split'][1], stackId) as string).split(node['Fn::Split'][0]);
  if ('Fn::Select' in node) return (evaluate(node['Fn::Select'][1], stackId) as unknown[])[node['Fn::Select'][0]];
  throw new Error(`cannot evaluate ${JSON.stringify(value)}`);
};
const stackId = (name: string) => `arn:aws:cloudformation:eu-north-1:${testAccount}:stack/${name}/5e1c2f30-1a2b-11ef-8c3d-0a1b2c3d4e5f`;

const { stack, template } = synthesizeTestStack();

describe('the hosted sign-in domain', () => {
  const domain = () => onlyOf(template.toJSON().Resources, 'AWS::Cognito::UserPoolDomain')[1].Properties.Domain;

  it("is the stage's prefix and the first group of the stack id's UUID, unique per account, region and stack", () => {
    expect(evaluate(domain(), stackId('linkki-prod'))).toBe('linkki-5e1c2f30');
  });

  it('stays within the 63 characters Cognito allows for the longest prefix the stage configuration accepts', () => {
    const longest = 'l'.repeat(maxAuthDomainPrefixLength);
    const prefix = JSON.parse(JSON.stringify(domain()).replace('"linkki-"', `"${longest}-"`));
    expect((evaluate(prefix, stackId('linkki-prod')) as string).length).toBe(63);
  });
});

describe('the web client', () => {
  const [, client] = onlyOf(template.toJSON().Resources, 'AWS::Cognito::UserPoolClient');
  const appUrl = `https://<${logicalIdOf(stack, stack.web.distribution)}.DomainName>`;

  it('signs in with the code flow, back to /auth/callback, and out to the app', () => {
    expect(client.Properties).toMatchObject({ AllowedOAuthFlows: ['code'], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ['openid', 'email', 'profile'] });
    expect(client.Properties.CallbackURLs.map(flatten)).toEqual([`${appUrl}/auth/callback`]);
    expect(client.Properties.LogoutURLs.map(flatten)).toEqual([`${appUrl}/`]);
  });

  it('keeps sessions with revocable refresh tokens', () => {
    expect(client.Properties).toMatchObject({ EnableTokenRevocation: true, RefreshTokenValidity: 1440, TokenValidityUnits: { RefreshToken: 'minutes' } });
    expect(client.Properties.ExplicitAuthFlows).toContain('ALLOW_REFRESH_TOKEN_AUTH');
  });

  it('offers pool accounts only where no county has an identity provider', () => {
    expect(client.Properties.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(template.findResources('AWS::Cognito::UserPoolIdentityProvider')).toEqual({});
  });
});

describe('county identity federation', () => {
  const countyIdentityProviders = [
    { tenant: 'lappi', type: 'saml', metadataUrl: 'https://login.microsoftonline.com/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/federationmetadata/2007-06/federationmetadata.xml?appid=1a2b3c4d' },
    {
      tenant: 'pohjois-savo',
      type: 'oidc',
      issuer: 'https://tunnistus.pshyvinvointialue.example.fi',
      clientId: 'linkki',
      clientSecretName: 'linkki/dev/pohjois-savo-oidc',
      attributeMapping: { name: 'display_name' },
    },
  ];
  const { app, stack, template } = synthesizeTestStack({}, { stage: 'dev', account: testAccount, settings: { countyIdentityProviders } });
  const resources = template.toJSON().Resources as Resources;
  const providers = Object.entries(resources).filter(([, resource]) => resource.Type === 'AWS::Cognito::UserPoolIdentityProvider');
  const provider = (name: string) => providers.find(([, resource]) => resource.Properties.ProviderName === name)!;
  const userPool = { Ref: logicalIdOf(stack, stack.auth.userPool) };

  it('federates each county as county-<slug>, with email and name mapped', () => {
    expect(providers.map(([, resource]) => resource.Properties.ProviderName).sort()).toEqual(['county-lappi', 'county-pohjois-savo']);
    expect(provider('county-lappi')[1].Properties).toMatchObject({
      UserPoolId: userPool,
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: countyIdentityProviders[0]!.metadataUrl },
      AttributeMapping: {
        email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        name: 'http://schemas.microsoft.com/identity/claims/displayname',
      },
    });
  });

  it("reads an OIDC county's client secret from Secrets Manager at deploy time, never from the template", () => {
    expect(provider('county-pohjois-savo')[1].Properties).toMatchObject({
      UserPoolId: userPool,
      ProviderType: 'OIDC',
      ProviderDetails: {
        oidc_issuer: 'https://tunnistus.pshyvinvointialue.example.fi',
        client_id: 'linkki',
        client_secret: '{{resolve:secretsmanager:linkki/dev/pohjois-savo-oidc:SecretString:::}}',
        authorize_scopes: 'openid email profile',
      },
      AttributeMapping: { email: 'email', name: 'display_name' },
    });
  });

  it('lets nobody map the county attribute', () => {
    for (const [, resource] of providers) expect(Object.keys(resource.Properties.AttributeMapping)).not.toContain('custom:tenant');
  });

  it('offers the counties beside pool accounts in the web client, which is created after them', () => {
    const [, client] = onlyOf(resources, 'AWS::Cognito::UserPoolClient');
    expect(client.Properties.SupportedIdentityProviders).toEqual(['COGNITO', 'county-lappi', 'county-pohjois-savo']);
    expect(client.DependsOn).toEqual(expect.arrayContaining(providers.map(([id]) => id)));
  });

  it('leaves cdk-nag nothing to report', () => {
    const findings = new AwsSolutionsChecks()
      .validateScope(app)
      .violations.map((violation) => `${violation.ruleName} ${violation.violatingResources.map((resource) => resource.constructPath).join()}`);
    expect(findings).toEqual([]);
  });
});

describe("Cognito's own emails", () => {
  const pool = () => onlyOf(template.toJSON().Resources, 'AWS::Cognito::UserPool')[1].Properties;

  it("go through the stage's verified SES identity, as Cognito's default sender allows too few to invite a county", () => {
    const email = pool().EmailConfiguration;
    expect(email.EmailSendingAccount).toBe('DEVELOPER');
    expect(email.From).toContain('@');
    expect(JSON.stringify(email.SourceArn)).toContain(':identity/');
  });

  it('give the temporary password in Finnish, Swedish and English', () => {
    const invitation = pool().AdminCreateUserConfig.InviteMessageTemplate;
    expect(invitation.EmailMessage).toContain('{username}');
    expect(invitation.EmailMessage).toContain('{####}');
    for (const words of ['tilapäinen salasanasi', 'tillfälliga lösenord', 'temporary password']) expect(invitation.EmailMessage).toContain(words);
  });
});
