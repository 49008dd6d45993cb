import { contentSecurityPolicy, customSecurityHeaders, frameOptions, referrerPolicy, strictTransportSecurity } from '@linkki/domain/edge';
import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/** CloudFront's names for the shared header values; a value missing here fails the synth. */
const cloudFrontValue = <T extends string>(values: Record<string, T>, value: string, header: string): T => {
  const found = Object.values(values).find((candidate) => candidate === value);
  if (!found) throw new Error(`CloudFront has no ${header} setting "${value}"`);
  return found;
};

/**
 * Security headers on every response, the app's files and the API's alike: the shared set of
 * `@linkki/domain/edge`, which the local server sends too, as a CloudFront response headers policy.
 */
export const createSecurityHeadersPolicy = (scope: Construct, connectSources: readonly string[]): cloudfront.ResponseHeadersPolicy =>
  new cloudfront.ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'Linkki: strict security headers for the web app and its API',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(connectSources), override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(strictTransportSecurity.maxAgeSeconds),
        includeSubdomains: strictTransportSecurity.includeSubdomains,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cloudFrontValue(cloudfront.HeadersFrameOption, frameOptions, 'X-Frame-Options'), override: true },
      referrerPolicy: { referrerPolicy: cloudFrontValue(cloudfront.HeadersReferrerPolicy, referrerPolicy, 'Referrer-Policy'), override: true },
      xssProtection: { protection: false, override: true },
    },
    customHeadersBehavior: {
      customHeaders: Object.entries(customSecurityHeaders).map(([header, value]) => ({ header, value, override: true })),
    },
  });
