import { runInNewContext } from 'node:vm';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { WebHosting } from '../lib/constructs/web-hosting';
import { flatten } from './helpers/template-policies';
import { logicalIdOf, synthesizeTestStack } from './helpers/test-stack';

const { stack, edge, template } = synthesizeTestStack();

/** Web hosting alone, in a stack of its own, with no built app. */
const bareWebHosting = (domain?: { domainName: string; certificateArn: string }): Stack => {
  const bare = new Stack(new App(), 'Bare', { env: { account: '111122223333', region: 'eu-north-1' } });
  new WebHosting(bare, 'Web', {
    apiDomainName: 'api.example.org',
    apiPathPatterns: ['/trpc/*'],
    distPath: 'web/no-such-dist',
    connectSources: [],
    ...(domain ? { domain } : {}),
  });
  return bare;
};
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const distributionConfig = () => template.toJSON().Resources[logicalId(stack.web.distribution)].Properties.DistributionConfig as Record<string, any>;

/** CloudFront's managed policies, by the ids AWS publishes for them. */
const managedPolicies = { cachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6', allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac' };

/** The configuration of the stack's own cache policy a behaviour refers to. */
const cachePolicyOf = (behaviour: Record<string, any> | undefined): Record<string, any> | undefined => {
  const { Ref: policyId } = (behaviour?.CachePolicyId ?? {}) as { Ref?: string };
  return policyId ? template.findResources('AWS::CloudFront::CachePolicy')[policyId]?.Properties.CachePolicyConfig : undefined;
};

describe('buckets', () => {
  it('are private, encrypted and reachable only over TLS', () => {
    for (const bucket of [stack.web.bucket, stack.web.logBucket]) {
      expect(template.toJSON().Resources[logicalId(bucket)].Properties).toMatchObject({
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      });
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalId(bucket) },
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it('log access to the site bucket and the distribution', () => {
    expect(template.toJSON().Resources[logicalId(stack.web.bucket)].Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logicalId(stack.web.logBucket) },
      LogFilePrefix: 'site/',
    });
    expect(distributionConfig().Logging.Bucket).toEqual({ 'Fn::GetAtt': [logicalId(stack.web.logBucket), 'RegionalDomainName'] });
  });
});

describe('distribution', () => {
  it('serves the app from S3 through origin access control, index.html at the root', () => {
    const config = distributionConfig();
    expect(config.DefaultRootObject).toBe('index.html');
    const s3Origin = (config.Origins as Record<string, any>[]).find((origin) => origin.S3OriginConfig);
    expect(s3Origin?.OriginAccessControlId).toBeDefined();
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
  });

  it('sends /trpc/* and /health to the HTTP API compressed but not cached, with every viewer header but Host', () => {
    const config = distributionConfig();
    const apiOrigin = (config.Origins as Record<string, any>[]).find((origin) => origin.CustomOriginConfig);
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain('.execute-api.');
    expect(apiOrigin?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    for (const pattern of ['/trpc/*', '/health']) {
      const behaviour = (config.CacheBehaviors as Record<string, any>[]).find((candidate) => candidate.PathPattern === pattern);
      expect(behaviour).toMatchObject({
        TargetOriginId: apiOrigin?.Id,
        Compress: true,
        OriginRequestPolicyId: managedPolicies.allViewerExceptHostHeader,
        AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
      });
      // Nothing is kept unless an answer allows it, and then per caller and briefly: compression needs a TTL above zero.
      expect(cachePolicyOf(behaviour)).toMatchObject({
        MinTTL: 0,
        DefaultTTL: 0,
        MaxTTL: 1,
        ParametersInCacheKeyAndForwardedToOrigin: {
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['authorization', 'x-tenant'] },
          CookiesConfig: { CookieBehavior: 'all' },
        },
      });
    }
  });

  it('compresses the app with brotli or gzip as the viewer accepts', () => {
    const { DefaultCacheBehavior } = distributionConfig();
    expect(DefaultCacheBehavior).toMatchObject({ Compress: true, CachePolicyId: managedPolicies.cachingOptimized });
  });

  it('adds the origin secret to every request for the API, as a reference CloudFormation resolves, never the value', () => {
    const origins = distributionConfig().Origins as Record<string, any>[];
    const apiOrigin = origins.find((origin) => origin.CustomOriginConfig);
    const secret = logicalId(stack.originVerify.secret);
    expect(apiOrigin?.OriginCustomHeaders).toEqual([{ HeaderName: 'x-origin-verify', HeaderValue: expect.anything() }]);
    expect(flatten(apiOrigin?.OriginCustomHeaders[0].HeaderValue)).toBe(`{{resolve:secretsmanager:<${secret}>:SecretString:::}}`);
    for (const origin of origins.filter((candidate) => !candidate.CustomOriginConfig)) expect(origin.OriginCustomHeaders).toBeUndefined();
  });

  it("is filtered by the edge web ACL, read from the us-east-1 stack's output", () => {
    const { WebACLId } = distributionConfig();
    expect(WebACLId).toEqual({ 'Fn::GetStackOutput': { StackName: edge.stackName, Region: 'us-east-1', OutputName: expect.any(String) } });
    const output = Template.fromStack(edge).toJSON().Outputs[WebACLId['Fn::GetStackOutput'].OutputName];
    expect(output.Value).toEqual({ 'Fn::GetAtt': [edge.getLogicalId(edge.acl.webAcl), 'Arn'] });
    expect(stack.dependencies).toContain(edge);
  });

  it('sends /api/hsds/* to the same API origin, read only, cached as the answer allows by path and query string', () => {
    const config = distributionConfig();
    const apiOrigins = (config.Origins as Record<string, any>[]).filter((origin) => origin.CustomOriginConfig);
    expect(apiOrigins).toHaveLength(1);
    const behaviour = (config.CacheBehaviors as Record<string, any>[]).find((candidate) => candidate.PathPattern === '/api/hsds/*');
    expect(behaviour).toMatchObject({ TargetOriginId: apiOrigins[0]?.Id, ViewerProtocolPolicy: 'https-only', AllowedMethods: ['GET', 'HEAD'] });
    expect(behaviour?.OriginRequestPolicyId).toBeUndefined();
    expect(behaviour?.Compress).toBe(true);
    expect(cachePolicyOf(behaviour)).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      MaxTTL: 300,
      ParametersInCacheKeyAndForwardedToOrigin: {
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true,
        QueryStringsConfig: { QueryStringBehavior: 'all' },
        HeadersConfig: { HeaderBehavior: 'none' },
        CookiesConfig: { CookieBehavior: 'none' },
      },
    });
  });

  it('rewrites client-side routes to index.html without touching files or the API', () => {
    // Custom error responses would apply to the API's 403 and 404 answers as well.
    expect(distributionConfig().CustomErrorResponses).toBeUndefined();
    const { FunctionCode } = Object.values(template.findResources('AWS::CloudFront::Function'))[0]!.Properties as { FunctionCode: string };
    const rewrite = (uri: string): string => (runInNewContext(`${FunctionCode}; handler({ request: { uri: ${JSON.stringify(uri)} } })`) as { uri: string }).uri;
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/pohjois-savo/activities')).toBe('/index.html');
    expect(rewrite('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
    expect(rewrite('/favicon.svg')).toBe('/favicon.svg');
  });
});

describe('security headers', () => {
  const config = () => Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]!.Properties.ResponseHeadersPolicyConfig;

  it('apply to the app and the API alike', () => {
    const policy = { Ref: Object.keys(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] };
    const behaviours = [distributionConfig().DefaultCacheBehavior, ...distributionConfig().CacheBehaviors];
    for (const behaviour of behaviours) expect(behaviour.ResponseHeadersPolicyId).toEqual(policy);
  });

  it('enforce HTTPS, no sniffing, no framing and a same-origin referrer', () => {
    expect(config().SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
    });
  });

  it('allow scripts, styles and API calls from the app origin only, plus Cognito for sign-in', () => {
    const csp = JSON.stringify(config().SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self' https://cognito-idp.eu-north-1.",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('switch off browser features the app does not use', () => {
    expect(config().CustomHeadersConfig.Items).toEqual(expect.arrayContaining([expect.objectContaining({ Header: 'Permissions-Policy', Value: expect.stringContaining('camera=()') })]));
  });
});

describe('app deployment', () => {
  it("uploads a built app: hashed assets cached for a year, pages revalidated, and the stack's config.json beside them", () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')).map((resource) => resource.Properties);
    expect(deployments.map((deployment) => deployment.SystemMetadata?.['cache-control']).sort()).toEqual(['no-cache', 'public, max-age=0, must-revalidate', 'public, max-age=31536000, immutable']);
    for (const deployment of deployments) expect(deployment.DestinationBucketName).toEqual({ Ref: logicalId(stack.web.bucket) });
  });

  it('is skipped, with a note, when the app has not been built', () => {
    const bare = bareWebHosting();
    expect(Template.fromStack(bare).findResources('Custom::CDKBucketDeployment')).toEqual({});
    Annotations.fromStack(bare).hasInfo('/Bare/Web', Match.stringLikeRegexp('Web app not deployed: .*no-such-dist does not exist'));
  });
});

describe('a custom domain', () => {
  const certificateArn = 'arn:aws:acm:us-east-1:111122223333:certificate/abc-123';

  it('is served with its own certificate and TLS 1.2 or newer, which satisfies cdk-nag', () => {
    const bare = bareWebHosting({ domainName: 'linkki.example.fi', certificateArn });
    Template.fromStack(bare).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        Aliases: ['linkki.example.fi'],
        ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      },
    });
    const tlsFindings = new AwsSolutionsChecks().validateScope(bare).violations.filter((violation) => violation.ruleName.includes('CFR4'));
    expect(tlsFindings).toEqual([]);
  });
});
