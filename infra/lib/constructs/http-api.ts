import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';

/** Where tRPC answers, on the app's own origin; the web app's `config.json` names it as `apiUrl`. */
export const trpcPath = '/trpc';

/**
 * Every route the API serves. Nothing else reaches the function: in particular the local
 * development sign-in (`/dev/*`) has no route here.
 */
export const apiRoutes = [
  { path: `${trpcPath}/{proxy+}`, methods: [apigwv2.HttpMethod.ANY] },
  { path: '/health', methods: [apigwv2.HttpMethod.GET] },
  { path: '/api/hsds/{proxy+}', methods: [apigwv2.HttpMethod.GET] },
] as const;

/**
 * Open Referral HSDS open data: public, the same for every viewer, and answered with its own
 * `cache-control`, so CloudFront may keep an answer as long as that header allows.
 */
export const openDataPathPatterns = ['/api/hsds/*'] as const;

/** The paths CloudFront forwards to this API; the rest of the site is the web app. */
export const apiPathPatterns = [`${trpcPath}/*`, '/health', ...openDataPathPatterns] as const;

export interface HttpApiProps {
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetention: logs.RetentionDays;
}

/** JSON access log lines: who, what route, outcome and timing; no query strings, bodies or tokens. */
const accessLogFormat = apigateway.AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    route: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    responseLength: '$context.responseLength',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/** The HTTP API in front of the API function; CloudFront serves it on the web app's own origin. */
export class HttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, { throttle, logRetention }: HttpApiProps) {
    super(scope, id);
    this.api = new apigwv2.HttpApi(this, 'Api', { description: 'Linkki API: tRPC, health and HSDS open data', createDefaultStage: false });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logRetention, removalPolicy: RemovalPolicy.RETAIN });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(this.accessLogs), format: accessLogFormat },
    });
  }

  /** `{apiId}.execute-api.{region}.amazonaws.com`, the origin CloudFront forwards API paths to. */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }

  /** Routes every API path to `handler`, one integration shared by all routes. */
  routeTo(handler: lambda.IFunction): void {
    const integration = new HttpLambdaIntegration('ApiFunction', handler);
    for (const route of apiRoutes) {
      for (const created of this.api.addRoutes({ path: route.path, methods: [...route.methods], integration })) {
        acknowledge(
          created,
          'APIG4',
          'No API Gateway authorizer by design: anonymous residents use the API and HSDS open data is public (product requirements), and the tRPC context verifies every bearer JWT (signature, issuer, audience, expiry) itself before any procedure that needs an identity.',
        );
      }
    }
  }
}
