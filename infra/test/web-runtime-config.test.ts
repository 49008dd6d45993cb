import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Auth } from '../lib/constructs/auth';
import { WebHosting } from '../lib/constructs/web-hosting';
import { webRuntimeConfigOf } from '../lib/constructs/web-runtime-config';
import { webRuntimeConfigSchema } from '@linkki/domain';
import { logicalIdOf, synthesizeTestStack, testAccount } from './helpers/test-stack';
import { flatten } from './helpers/template-policies';

type Resource = { Properties: Record<string, any>; DependsOn?: string[] };

const countyIdentityProviders = [{ tenant: 'lappi', type: 'saml', metadataUrl: 'https://login.microsoftonline.com/tenant-id/federationmetadata/2007-06/federationmetadata.xml' }];
const { app, stack, template } = synthesizeTestStack({}, { stage: 'dev', account: testAccount, settings: { countyIdentityProviders } });
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const deployments = template.findResources('Custom::CDKBucketDeployment') as Record<string, Resource>;
const configDeployments = Object.entries(deployments).filter(([, resource]) => resource.Properties.SystemMetadata?.['content-type'] === 'application/json');

/**
 * The file as the deployment writes it: the JSON CDK staged, with each deploy-time marker replaced
 * by its value in the template (`<LogicalId>` for a Ref, `<LogicalId.Attribute>` for a GetAtt).
 */
const deployedJson = ({ Properties }: Resource): unknown => {
  const assetHash = (Properties.SourceObjectKeys as string[])[0]!.replace(/\.zip$/, '');
  const staged = readFileSync(join(app.synth().directory, `asset.${assetHash}`, 'config.json'), 'utf8');
  const markers = Object.entries((Properties.SourceMarkers as Record<string, unknown>[])[0] ?? {});
  return JSON.parse(markers.reduce((text, [marker, value]) => text.replaceAll(marker, flatten(value)), staged));
};

describe('/config.json', () => {
  it('is deployed once, after the pages, revalidated on every load and never pruned', () => {
    expect(configDeployments).toHaveLength(1);
    const [, deployment] = configDeployments[0]!;
    const pages = Object.keys(deployments).find((id) => id.startsWith('WebDeployPages'))!;
    expect(deployment.Properties).toMatchObject({
      DestinationBucketName: { Ref: logicalId(stack.web.bucket) },
      Prune: false,
      SystemMetadata: { 'cache-control': 'no-cache', 'content-type': 'application/json' },
      SourceMarkersConfig: [{ jsonEscape: true }],
    });
    expect(deployment.DependsOn).toContain(pages);
    expect(deployments[pages]!.Properties.Exclude).toContain('config.json');
  });

  it("names this stack's issuer, client, redirects, logout endpoint and county providers, in the shape the web app parses", () => {
    const appUrl = `https://<${logicalId(stack.web.distribution)}.DomainName>`;
    const deployed = deployedJson(configDeployments[0]![1]);
    // With each deploy-time value standing in as a plain name, the file must pass the web app's own schema.
    expect(webRuntimeConfigSchema.safeParse(JSON.parse(JSON.stringify(deployed).replace(/<[^>]+>/g, 'resolved'))).error).toBeUndefined();
    expect(deployed).toEqual({
      apiUrl: '/trpc',
      auth: {
        authority: `https://cognito-idp.eu-north-1.<AWS::URLSuffix>/<${logicalId(stack.auth.userPool)}>`,
        clientId: expect.stringMatching(/^<AuthUserPoolWebClient\w+>$/),
        redirectUri: `${appUrl}/auth/callback`,
        postLogoutRedirectUri: `${appUrl}/`,
        scope: 'openid email profile',
        cognitoLogoutUrl: `https://<${logicalId(stack.auth.domain)}>.auth.eu-north-1.amazoncognito.com/logout`,
        countyIdentityProviders: { lappi: 'county-lappi' },
      },
    });
  });

  it('is not deployed without a built app, which is the only thing that reads it', () => {
    const bare = new Stack(new App(), 'Bare', { env: { account: testAccount, region: 'eu-north-1' } });
    const auth = new Auth(bare, 'Auth', { domainPrefix: 'linkki-test', fromAddress: 'linkki@example.fi' });
    const web = new WebHosting(bare, 'Web', { apiDomainName: 'api.example.org', apiPathPatterns: ['/trpc/*'], distPath: 'web/no-such-dist', connectSources: [] });
    const client = auth.addWebClient('WebClient', web.appUrl);
    web.deployRuntimeConfig(webRuntimeConfigOf({ auth, webClientId: client.userPoolClientId, appUrl: web.appUrl, apiUrl: '/trpc' }));
    expect(Template.fromStack(bare).findResources('Custom::CDKBucketDeployment')).toEqual({});
  });

  it('lets the browser reach Cognito: its identity endpoint and the hosted domain', () => {
    const policy = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]!;
    const csp = flatten(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain(`connect-src 'self' https://cognito-idp.eu-north-1.<AWS::URLSuffix> https://<${logicalId(stack.auth.domain)}>.auth.eu-north-1.amazoncognito.com;`);
  });
});
