import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { anonymousSubmissionProcedures } from '../lib/constructs/edge-web-acl';
import { EdgeWafStack } from '../lib/stacks/edge-waf-stack';

const app = new App();
const stack = new EdgeWafStack(app, 'Edge', { env: { account: '111122223333', region: 'us-east-1' } });
const template = Template.fromStack(stack);
const webAcl = () => Object.values(template.findResources('AWS::WAFv2::WebACL'))[0]!.Properties as Record<string, any>;
const rule = (name: string) => {
  const found = (webAcl().Rules as Record<string, any>[]).find((candidate) => candidate.Name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
};

const uriMatch = (PositionalConstraint: string, SearchString: string) => ({
  ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint, SearchString, TextTransformations: [{ Priority: 0, Type: 'URL_DECODE' }] },
});
const tooManyRequests = { Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'tooManyRequests' } } };

describe('the edge web ACL', () => {
  it('filters CloudFront, lets through what no rule stops, and runs its rules in this order', () => {
    expect(webAcl()).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    expect((webAcl().Rules as { Name: string; Priority: number }[]).map(({ Name, Priority }) => [Priority, Name])).toEqual([
      [0, 'AWSManagedRulesAmazonIpReputationList'],
      [10, 'AnonymousSubmissionsPerClientIp'],
      [20, 'ApiPerClientIp'],
      [30, 'TrpcPerCounty'],
      [40, 'AWSManagedRulesKnownBadInputsRuleSet'],
      [50, 'AWSManagedRulesCommonRuleSet'],
    ]);
  });

  it('applies the AWS managed rule groups as AWS sets them, but only counts oversized bodies, which tRPC batches can be', () => {
    for (const name of ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet']) {
      expect(rule(name)).toMatchObject({ OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } } });
      expect(rule(name).Statement.ManagedRuleGroupStatement.RuleActionOverrides).toBeUndefined();
    }
    expect(rule('AWSManagedRulesCommonRuleSet')).toMatchObject({
      OverrideAction: { None: {} },
      Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet', RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }] } },
    });
  });

  it('limits each client IP to 3000 API requests in five minutes, over every API path and nothing else', () => {
    expect(rule('ApiPerClientIp')).toEqual(
      expect.objectContaining({
        Action: tooManyRequests,
        Statement: {
          RateBasedStatement: {
            Limit: 3000,
            EvaluationWindowSec: 300,
            AggregateKeyType: 'IP',
            ScopeDownStatement: { OrStatement: { Statements: [uriMatch('STARTS_WITH', '/trpc/'), uriMatch('STARTS_WITH', '/health'), uriMatch('STARTS_WITH', '/api/hsds/')] } },
          },
        },
      }),
    );
  });

  it('limits each county, as x-tenant names it, to 30000 tRPC requests in five minutes from all clients together', () => {
    expect(rule('TrpcPerCounty')).toEqual(
      expect.objectContaining({
        Action: tooManyRequests,
        Statement: {
          RateBasedStatement: {
            Limit: 30000,
            EvaluationWindowSec: 300,
            AggregateKeyType: 'CUSTOM_KEYS',
            CustomKeys: [{ Header: { Name: 'x-tenant', TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }] } }],
            ScopeDownStatement: uriMatch('STARTS_WITH', '/trpc/'),
          },
        },
      }),
    );
  });

  it('limits each client IP to 20 anonymous submissions in five minutes, found anywhere in a batched path', () => {
    expect(anonymousSubmissionProcedures).toEqual(['catalog.sendContactRequest', 'pathways.giveFeedback', 'legal.sendFeedback', 'associations.register']);
    expect(rule('AnonymousSubmissionsPerClientIp')).toEqual(
      expect.objectContaining({
        Action: tooManyRequests,
        Statement: {
          RateBasedStatement: {
            Limit: 20,
            EvaluationWindowSec: 300,
            AggregateKeyType: 'IP',
            ScopeDownStatement: { OrStatement: { Statements: anonymousSubmissionProcedures.map((procedure) => uriMatch('CONTAINS', procedure)) } },
          },
        },
      }),
    );
  });

  it('answers a rate-limited client with a JSON 429 body', () => {
    expect(webAcl().CustomResponseBodies.tooManyRequests).toEqual({ ContentType: 'APPLICATION_JSON', Content: expect.stringContaining('"error":"TooManyRequests"') });
    expect(JSON.parse(webAcl().CustomResponseBodies.tooManyRequests.Content)).toEqual({ error: 'TooManyRequests', message: expect.any(String) });
  });

  it('records metrics and samples for every rule', () => {
    for (const { Name, VisibilityConfig } of webAcl().Rules as Record<string, any>[]) {
      expect(VisibilityConfig, Name).toEqual({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: Name });
    }
  });

  it('can only be deployed to us-east-1', () => {
    expect(() => new EdgeWafStack(new App(), 'Elsewhere', { env: { region: 'eu-north-1' } })).toThrow(/us-east-1/);
  });

  it('leaves cdk-nag nothing to report', () => {
    const violations = new AwsSolutionsChecks().validateScope(app).violations.map((violation) => violation.ruleName);
    expect(violations).toEqual([]);
  });
});
