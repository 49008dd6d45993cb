import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serveWebApp } from '@linkki/local';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebHosting } from '../lib/constructs/web-hosting';

const webDist = fileURLToPath(new URL('./fixtures/web-dist', import.meta.url));

/** The headers a CloudFront response headers policy adds, as the browser receives them. */
const headersOfPolicy = (config: Record<string, any>): Record<string, string> => {
  const security = config.SecurityHeadersConfig ?? {};
  const hsts = security.StrictTransportSecurity;
  const xss = security.XSSProtection;
  const headers: Record<string, string | undefined> = {
    'content-security-policy': security.ContentSecurityPolicy?.ContentSecurityPolicy,
    'strict-transport-security': hsts && `max-age=${hsts.AccessControlMaxAgeSec}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}${hsts.Preload ? '; preload' : ''}`,
    'x-content-type-options': security.ContentTypeOptions && 'nosniff',
    'x-frame-options': security.FrameOptions?.FrameOption,
    'referrer-policy': security.ReferrerPolicy?.ReferrerPolicy,
    'x-xss-protection': xss && (xss.Protection ? `1${xss.ModeBlock ? '; mode=block' : ''}${xss.ReportUri ? `; report=${xss.ReportUri}` : ''}` : '0'),
    ...Object.fromEntries(((config.CustomHeadersConfig?.Items ?? []) as { Header: string; Value: string }[]).map(({ Header, Value }) => [Header.toLowerCase(), Value])),
  };
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
};

/** The response headers policy of a distribution whose app calls nothing but its own origin, as locally. */
const synthesizedPolicyHeaders = (): Record<string, string> => {
  const stack = new Stack(new App(), 'Headers', { env: { account: '111122223333', region: 'eu-north-1' } });
  new WebHosting(stack, 'Web', { apiDomainName: 'api.example.org', apiPathPatterns: ['/trpc/*'], distPath: 'web/no-such-dist', connectSources: [] });
  const policies = Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::ResponseHeadersPolicy'));
  expect(policies).toHaveLength(1);
  return headersOfPolicy(policies[0]!.Properties.ResponseHeadersPolicyConfig);
};

const server = createServer((request, response) => void serveWebApp(webDist, new URL(request.url ?? '/', 'http://localhost').pathname, response));
let origin: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('security headers', () => {
  const policy = synthesizedPolicyHeaders();

  it('are the full set in the CloudFront policy', () => {
    expect(Object.keys(policy).sort()).toEqual([
      'content-security-policy',
      'cross-origin-opener-policy',
      'permissions-policy',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'x-xss-protection',
    ]);
  });

  it.each(['/', '/index.html', '/pohjois-savo/activities'])('are sent by the local server exactly as CloudFront sends them (%s)', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    const sent = Object.fromEntries(Object.keys(policy).map((name) => [name, response.headers.get(name)]));
    expect(sent).toEqual(policy);
  });
});
