import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

type Statement = wafv2.CfnWebACL.StatementProperty;
type Rule = wafv2.CfnWebACL.RuleProperty;

/** Rate-based rules count over this window (seconds); WAF allows 60, 120, 300 or 600. */
export const rateWindowSeconds = 300;

/**
 * tRPC procedures anyone may call without signing in that send mail or store what a stranger
 * wrote: a contact request to an activity's organiser, feedback on a pathway stage, accessibility
 * feedback and an association's self-registration (which mails a verification link). Their names
 * are the routers' keys in `packages/api/src/routers/_app.ts` and `packages/api/src/features`.
 */
export const anonymousSubmissionProcedures = ['catalog.sendContactRequest', 'pathways.giveFeedback', 'legal.sendFeedback', 'associations.register'] as const;

/** The header the web app names the county of the current route in (see `web/src/lib/trpc.ts`). */
export const countyHeader = 'x-tenant';

export interface EdgeRateLimits {
  /** Requests per client IP to any API path in {@link rateWindowSeconds}. */
  readonly perClientIp: number;
  /** Requests naming one county (its `x-tenant`) to tRPC in {@link rateWindowSeconds}, from all clients together. */
  readonly perCounty: number;
  /** Calls per client IP to the anonymous submission procedures in {@link rateWindowSeconds}. */
  readonly anonymousSubmissionsPerClientIp: number;
}

/**
 * Staff of a county often share one NAT address, so the per-IP limit leaves room for a whole
 * office (about 10 requests a second for five minutes). A county's limit bounds what one county's
 * traffic (or traffic claiming to be for it) can take from the others. A resident sends a handful
 * of submissions at most; 20 in five minutes from one address is a script.
 */
export const defaultEdgeRateLimits: EdgeRateLimits = { perClientIp: 3000, perCounty: 30_000, anonymousSubmissionsPerClientIp: 20 };

export interface EdgeWebAclProps {
  /** The paths CloudFront sends to the API (`/trpc/*`, `/health`…); the per-IP limit covers exactly these. */
  readonly apiPathPatterns: readonly string[];
  /** The path tRPC answers under, `/trpc`. */
  readonly trpcPath: string;
  readonly limits?: EdgeRateLimits;
}

/** The JSON a rate-limited client gets, in the shape of the API's own plain errors. */
const tooManyRequestsBody = 'tooManyRequests';

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

const uriPath = (positionalConstraint: 'STARTS_WITH' | 'CONTAINS', searchString: string): Statement => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint,
    searchString,
    // Decoded first, so `%2E` or `%52` in a path cannot hide a procedure's name from the match.
    textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
  },
});

const anyOf = (statements: Statement[]): Statement => (statements.length === 1 ? statements[0]! : { orStatement: { statements } });

/** `/trpc/*` → a match on paths starting `/trpc/`; `/health` → on `/health` itself. */
const apiPathsStatement = (patterns: readonly string[]): Statement => anyOf(patterns.map((pattern) => uriPath('STARTS_WITH', pattern.replace(/\*$/, ''))));

/**
 * Batched calls name several procedures in one path (`/trpc/catalog.byId,catalog.sendContactRequest`),
 * so the match is on the name anywhere in the path, not on the whole path.
 */
const anonymousSubmissionsStatement = (): Statement => anyOf(anonymousSubmissionProcedures.map((procedure) => uriPath('CONTAINS', procedure)));

const blockTooManyRequests: wafv2.CfnWebACL.RuleActionProperty = {
  block: { customResponse: { responseCode: 429, customResponseBodyKey: tooManyRequestsBody } },
};

const rateRule = (name: string, priority: number, statement: wafv2.CfnWebACL.RateBasedStatementProperty): Rule => ({
  name,
  priority,
  action: blockTooManyRequests,
  statement: { rateBasedStatement: { evaluationWindowSec: rateWindowSeconds, ...statement } },
  visibilityConfig: visibility(name),
});

const managedRule = (name: string, priority: number, ruleActionOverrides?: wafv2.CfnWebACL.RuleActionOverrideProperty[]): Rule => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name, ...(ruleActionOverrides ? { ruleActionOverrides } : {}) } },
  visibilityConfig: visibility(name),
});

/**
 * The rules in evaluation order: addresses AWS knows for abuse first, then the rate limits (the
 * tightest first), then AWS's inspection of the request itself.
 */
export const edgeRules = ({ apiPathPatterns, trpcPath, limits = defaultEdgeRateLimits }: EdgeWebAclProps): Rule[] => [
  managedRule('AWSManagedRulesAmazonIpReputationList', 0),
  rateRule('AnonymousSubmissionsPerClientIp', 10, {
    limit: limits.anonymousSubmissionsPerClientIp,
    aggregateKeyType: 'IP',
    scopeDownStatement: anonymousSubmissionsStatement(),
  }),
  rateRule('ApiPerClientIp', 20, { limit: limits.perClientIp, aggregateKeyType: 'IP', scopeDownStatement: apiPathsStatement(apiPathPatterns) }),
  // A request without `x-tenant` (sign-in, the county list, open data) is not counted here.
  rateRule('TrpcPerCounty', 30, {
    limit: limits.perCounty,
    aggregateKeyType: 'CUSTOM_KEYS',
    customKeys: [{ header: { name: countyHeader, textTransformations: [{ priority: 0, type: 'LOWERCASE' }] } }],
    scopeDownStatement: uriPath('STARTS_WITH', `${trpcPath}/`),
  }),
  managedRule('AWSManagedRulesKnownBadInputsRuleSet', 40),
  // SizeRestrictions_BODY blocks bodies over 8 KB: a tRPC batch (up to 10 calls, with content in
  // three to six languages) passes that in normal use. Counted, so its metric still shows how
  // often; the API's own limits (API Gateway's payload size, zod's string lengths) bound bodies.
  managedRule('AWSManagedRulesCommonRuleSet', 50, [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }]),
];

/** A CloudFront-scope web ACL (it must be created in us-east-1) for the app and its API. */
export class EdgeWebAcl extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeWebAclProps) {
    super(scope, id);
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Linkki: the web app and its API behind CloudFront',
      defaultAction: { allow: {} },
      rules: edgeRules(props),
      customResponseBodies: {
        [tooManyRequestsBody]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({ error: 'TooManyRequests', message: 'Too many requests; try again in a few minutes.' }),
        },
      },
      visibilityConfig: visibility('LinkkiEdge'),
    });
  }

  get arn(): string {
    return this.webAcl.attrArn;
  }
}
