import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { Annotations, type CfnResource, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { WebRuntimeConfig } from '@linkki/domain';
import { acknowledge, wildcardResourceFinding } from '../nag';
import { createSecurityHeadersPolicy } from './security-headers';

export interface WebHostingProps {
  /** Host name of the HTTP API; CloudFront forwards the API paths there. */
  readonly apiDomainName: string;
  /** The paths served by the API rather than the app, e.g. `/trpc/*`. */
  readonly apiPathPatterns: readonly string[];
  /**
   * Those of `apiPathPatterns` whose answers are public and the same for every viewer (open data):
   * cached as long as their own `cache-control` allows. Every other API path is never cached.
   */
  readonly openDataPathPatterns?: readonly string[];
  /** The built app (`web/dist`); deployed only if it exists when the stack is synthesized. */
  readonly distPath: string;
  /** Origins besides the app's own that the browser may call (Cognito sign-in). */
  readonly connectSources: readonly string[];
  readonly domain?: { readonly domainName: string; readonly certificateArn: string };
  /** The CLOUDFRONT-scope web ACL (from us-east-1) that filters every request to the distribution. */
  readonly webAclArn?: string;
  /** Headers CloudFront adds to every request it forwards to the API (the origin check's secret). */
  readonly apiOriginHeaders?: Readonly<Record<string, string>>;
}

/**
 * Client-side routes (`/pohjois-savo/…`) have no file behind them; serving `index.html` for any
 * path without a file extension lets the router take over. Done here rather than with custom
 * error responses, which apply to the whole distribution and would turn the API's own 403 and
 * 404 answers into a 200 with the app's HTML.
 */
const spaRewriteCode = `function handler(event) {
  var request = event.request;
  var lastSegment = request.uri.split('/').pop();
  if (lastSegment.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** The object the web app fetches at start-up to learn its stage (WebRuntimeConfig). */
export const runtimeConfigKey = 'config.json';

const deploymentMemoryLimit = 512;

const privateBucketProps: s3.BucketProps = {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  encryption: s3.BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  removalPolicy: RemovalPolicy.RETAIN,
};

const apiOrigin = (apiDomainName: string, customHeaders: Readonly<Record<string, string>> = {}): cloudfront.IOrigin =>
  new origins.HttpOrigin(apiDomainName, {
    protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
    originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    // CloudFront replaces a viewer's header of the same name, so a viewer cannot supply its own.
    customHeaders: { ...customHeaders },
  });

/**
 * CloudFront compresses only through a cache policy that keys on Accept-Encoding, and a policy
 * may do so only with a TTL above zero; the managed CachingDisabled policy therefore sends every
 * API answer uncompressed. This one caches nothing the API does not allow (every answer says
 * `no-store` or a max-age of its own, and there is no default TTL), at most for a second, and keyed on who asked.
 */
const apiCachePolicy = (scope: Construct): cloudfront.ICachePolicy =>
  new cloudfront.CachePolicy(scope, 'ApiCompressed', {
    comment: 'Linkki API: compressed; cached only as an answer allows, at most 1 s, per caller',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.seconds(1),
    queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
    headerBehavior: cloudfront.CacheHeaderBehavior.allowList('authorization', 'x-tenant'),
    cookieBehavior: cloudfront.CacheCookieBehavior.all(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });

/**
 * The API behind the app's own origin: compressed, not cached, every method, and every viewer
 * header except Host (API Gateway routes on its own host name) so `authorization` and `x-tenant` arrive.
 */
const apiBehavior = (scope: Construct, origin: cloudfront.IOrigin, responseHeadersPolicy: cloudfront.IResponseHeadersPolicy): cloudfront.BehaviorOptions => ({
  origin,
  viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
  allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
  compress: true,
  cachePolicy: apiCachePolicy(scope),
  originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
  responseHeadersPolicy,
});

/**
 * Open data from the API: read-only, cached for as long as the answer's `cache-control` says (at
 * most five minutes, nothing without the header), keyed on path and query string only. No viewer
 * header or cookie reaches the API, so one viewer's request cannot shape what another is served.
 */
const openDataBehavior = (scope: Construct, origin: cloudfront.IOrigin, responseHeadersPolicy: cloudfront.IResponseHeadersPolicy): cloudfront.BehaviorOptions => ({
  origin,
  viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
  allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
  cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
  compress: true,
  cachePolicy: new cloudfront.CachePolicy(scope, 'OpenDataCache', {
    comment: 'Linkki open data: as long as the API says, by path and query string',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.minutes(5),
    queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
    headerBehavior: cloudfront.CacheHeaderBehavior.none(),
    cookieBehavior: cloudfront.CacheCookieBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  }),
  responseHeadersPolicy,
});

/** The web app and the API on one origin: S3 behind CloudFront, with the API's paths (`/trpc/*`, `/health`, open data) sent to the API. */
export class WebHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<domain>` without a trailing slash. */
  readonly appUrl: string;
  /** The upload of index.html and the other unhashed files; absent when the app was not built. */
  private pages: s3deploy.BucketDeployment | undefined;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    this.logBucket = new s3.Bucket(this, 'Logs', {
      ...privateBucketProps,
      // CloudFront standard logs are delivered with ACLs, so the log bucket must accept them.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    this.bucket = new s3.Bucket(this, 'Site', { ...privateBucketProps, serverAccessLogsBucket: this.logBucket, serverAccessLogsPrefix: 'site/' });
    this.distribution = this.createDistribution(props);
    this.appUrl = `https://${props.domain?.domainName ?? this.distribution.distributionDomainName}`;
    this.deployApp(props.distPath);
  }

  private createDistribution(props: WebHostingProps): cloudfront.Distribution {
    const responseHeadersPolicy = createSecurityHeadersPolicy(this, props.connectSources);
    const additionalBehaviors = this.apiBehaviors(props, responseHeadersPolicy);
    const spaRewrite = new cloudfront.Function(this, 'SpaRewrite', {
      code: cloudfront.FunctionCode.fromInline(spaRewriteCode),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Serve index.html for client-side routes',
    });
    const distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Linkki web app and API',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        // CachingOptimized keys on Accept-Encoding, so the app's text files go brotli- or gzip-compressed.
        compress: true,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy,
        functionAssociations: [{ eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: spaRewrite }],
      },
      additionalBehaviors,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      ...(props.domain ? this.customDomain(props.domain) : {}),
    });
    this.acknowledgeDistribution(distribution, { hasCustomDomain: props.domain !== undefined, hasWebAcl: props.webAclArn !== undefined });
    return distribution;
  }

  /** One behaviour per API path, all to the same origin; open-data paths cached, the rest not. */
  private apiBehaviors(props: WebHostingProps, responseHeadersPolicy: cloudfront.IResponseHeadersPolicy): Record<string, cloudfront.BehaviorOptions> {
    const origin = apiOrigin(props.apiDomainName, props.apiOriginHeaders);
    const uncached = apiBehavior(this, origin, responseHeadersPolicy);
    const openDataPatterns = props.openDataPathPatterns ?? [];
    const openData = openDataPatterns.length > 0 ? openDataBehavior(this, origin, responseHeadersPolicy) : uncached;
    return Object.fromEntries(props.apiPathPatterns.map((pattern) => [pattern, openDataPatterns.includes(pattern) ? openData : uncached]));
  }

  /** The domain's own certificate, which also lets the distribution refuse anything older than TLS 1.2. */
  private customDomain(domain: { domainName: string; certificateArn: string }): Partial<cloudfront.DistributionProps> {
    return {
      domainNames: [domain.domainName],
      certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    };
  }

  private acknowledgeDistribution(distribution: cloudfront.Distribution, { hasCustomDomain, hasWebAcl }: { hasCustomDomain: boolean; hasWebAcl: boolean }): void {
    acknowledge(distribution, 'CFR1', 'No geo restriction: residents of the wellbeing services counties use the service from abroad too, and the content is public.');
    if (!hasWebAcl) {
      acknowledge(distribution, 'CFR2', 'Hosting alone, without the edge web ACL: LinkkiStack always passes the ACL of its us-east-1 EdgeWafStack; only a bare WebHosting (tests) has none.');
    }
    if (!hasCustomDomain) {
      acknowledge(
        distribution,
        'CFR4',
        'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose TLS policy cannot be chosen; setting webDomain in the stage configuration applies TLSv1.2_2021.',
      );
    }
  }

  /**
   * Uploads the built app: hashed files under `assets/` cached for a year, everything else
   * (index.html, favicon) revalidated on every visit so a release shows at once. Old assets stay,
   * for browsers still running the previous index.html.
   */
  private deployApp(distPath: string): void {
    if (!existsSync(distPath)) {
      Annotations.of(this).addInfo(`Web app not deployed: ${relative(process.cwd(), distPath) || distPath} does not exist. Run \`pnpm build:web\` before synthesizing to include it.`);
      return;
    }
    const upload = (id: string, cacheControl: string, filter: Pick<s3deploy.BucketDeploymentProps, 'include' | 'exclude'>) =>
      new s3deploy.BucketDeployment(this, id, {
        sources: [s3deploy.Source.asset(distPath)],
        destinationBucket: this.bucket,
        cacheControl: [s3deploy.CacheControl.fromString(cacheControl)],
        prune: false,
        memoryLimit: deploymentMemoryLimit,
        ...filter,
      });
    upload('DeployAssets', 'public, max-age=31536000, immutable', { exclude: ['*'], include: ['assets/*'] });
    // config.json belongs to the stack, not to the build: a file of that name in the build never replaces it.
    this.pages = upload('DeployPages', 'public, max-age=0, must-revalidate', { exclude: ['assets/*', runtimeConfigKey] });
    this.acknowledgeDeploymentHandler();
  }

  /**
   * Writes `/config.json` beside the app, after its pages, with the stack's deploy-time values
   * filled in; revalidated on every load, so a redeployed stack is picked up at once. Only with
   * the app: without a build there is nothing to read it.
   */
  deployRuntimeConfig(config: WebRuntimeConfig): void {
    if (!this.pages) return;
    const deployment = new s3deploy.BucketDeployment(this, 'DeployConfig', {
      sources: [s3deploy.Source.jsonData(runtimeConfigKey, config)],
      destinationBucket: this.bucket,
      cacheControl: [s3deploy.CacheControl.fromString('no-cache')],
      contentType: 'application/json',
      prune: false,
      // The same memory as the app's uploads, so CDK reuses their one handler function.
      memoryLimit: deploymentMemoryLimit,
    });
    deployment.node.addDependency(this.pages);
  }

  /**
   * BucketDeployment's handler is CDK's own singleton: it copies the app from the CDK assets
   * bucket into the site bucket during deployments and serves no request.
   */
  private acknowledgeDeploymentHandler(): void {
    const stack = Stack.of(this);
    const handlers = stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    const findings = [
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => `IAM5[Action::${action}]`),
      cdkAssetsObjectsFinding(stack),
      wildcardResourceFinding(this.bucket.node.defaultChild as CfnResource, 'Arn', '/*'),
    ];
    for (const handler of handlers) {
      acknowledge(handler, 'L1', 'CDK chooses and updates the runtime of its BucketDeployment handler together with aws-cdk-lib; it runs only during deployments.');
      for (const finding of findings) {
        acknowledge(
          handler,
          finding,
          'CDK-owned BucketDeployment handler: it runs only while deploying, reading the CDK assets bucket and writing the site bucket with the grants CDK defines for it.',
        );
      }
    }
  }
}

/** IAM5's name for "every object of the CDK assets bucket" in this stack's environment. */
const cdkAssetsObjectsFinding = (stack: Stack): string => {
  const qualifier = (stack.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') as string | undefined) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  return `IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${account}-${region}/*]`;
};
