import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { tableDefinition } from '@linkki/db';
import { roles } from '@linkki/domain';
import { logicalIdOf, synthesizeTestStack } from './helpers/test-stack';
import { flatten } from './helpers/template-policies';

const { stack, template } = synthesizeTestStack();
const logicalId = (construct: { node: { defaultChild?: unknown } }): string => logicalIdOf(stack, construct);
const onlyResource = (type: string, props: Record<string, unknown> = {}) => {
  const found = Object.values(template.findResources(type, props));
  expect(found).toHaveLength(1);
  return found[0] as { Properties: Record<string, any>; DeletionPolicy?: string };
};

const apiFunction = () => template.toJSON().Resources[logicalId(stack.api.function)] as { Properties: Record<string, any> };

describe('data table', () => {
  const table = () => onlyResource('AWS::DynamoDB::Table').Properties;

  it('has the keys and indexes of the db package, every key a string', () => {
    const { KeySchema, GlobalSecondaryIndexes, AttributeDefinitions } = table();
    expect(KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
    ]);
    expect(GlobalSecondaryIndexes).toEqual(
      tableDefinition.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(AttributeDefinitions.every((attribute: { AttributeType: string }) => attribute.AttributeType === 'S')).toBe(true);
  });

  it('is on demand, restorable, encrypted with a rotating customer key, with TTL and a stream', () => {
    const properties = table();
    expect(properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [logicalId(stack.data.key), 'Arn'] } },
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      DeletionProtectionEnabled: true,
    });
    template.hasResource('AWS::KMS::Key', { Properties: { EnableKeyRotation: true }, DeletionPolicy: 'Retain' });
  });

  it('outlives the stack', () => {
    expect(onlyResource('AWS::DynamoDB::Table').DeletionPolicy).toBe('Retain');
  });
});

describe('API function', () => {
  it('runs the current bundle on arm64 Node.js 22 with tracing and bounded resources', () => {
    expect(apiFunction().Properties).toMatchObject({
      Architectures: ['arm64'],
      Runtime: 'nodejs22.x',
      MemorySize: 1024,
      Timeout: 10,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogGroup: { Ref: logicalId(stack.api.logGroup) } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
  });

  it('gets exactly the settings the handler reads, pointing at Cognito and the table', () => {
    const variables = apiFunction().Properties.Environment.Variables as Record<string, unknown>;
    const userPool = logicalId(stack.auth.userPool);
    const issuer = `https://cognito-idp.eu-north-1.<AWS::URLSuffix>/<${userPool}>`;
    expect(Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, flatten(value)]))).toEqual({
      TABLE_NAME: `<${logicalId(stack.data.table)}>`,
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: expect.stringMatching(/^<AuthUserPoolWebClient\w+>$/),
      AUTH_JWKS_URL: `${issuer}/.well-known/jwks.json`,
      APP_URL: `https://<${logicalId(stack.web.distribution)}.DomainName>`,
      TENANT_ROLE_ARN: `<${logicalId(stack.isolation.tenantRole)}.Arn>`,
      EXPORT_BUCKET: `<${logicalId(stack.exports.bucket)}>`,
      SEARCH_SNAPSHOT_BUCKET: `<${logicalId(stack.searchSnapshots.bucket)}>`,
      ORIGIN_VERIFY_SECRET_ARN: `<${logicalId(stack.originVerify.secret)}>`,
      ADDRESS_HASH_SECRET_ARN: `<${logicalId(stack.api.addressHashKey)}>`,
      USER_POOL_ID: `<${userPool}>`,
      FEDERATED_COUNTIES: '',
      POWERTOOLS_SERVICE_NAME: 'linkki-api',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('reads the key of the client address hash from a secret the stack generates, which it alone may read', () => {
    const key = logicalId(stack.api.addressHashKey);
    template.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } });
    const readers = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) =>
        (policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]).some(
          (statement) => [statement.Action].flat().includes('secretsmanager:GetSecretValue') && JSON.stringify(statement.Resource) === JSON.stringify({ Ref: key }),
        ),
      )
      .flatMap((policy) => (policy.Properties.Roles as { Ref: string }[]).map((role) => role.Ref));
    expect(readers).toEqual([logicalId(stack.api.function.role as never)]);
  });

  it('may create and look up invitation accounts in its own user pool, and nothing else of Cognito', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Sid?: string; Action: string | string[]; Resource: unknown }[])
      .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')));
    expect(statements).toEqual([
      { Sid: 'InvitationAccounts', Effect: 'Allow', Action: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser'], Resource: { 'Fn::GetAtt': [logicalId(stack.auth.userPool), 'Arn'] } },
    ]);
  });

  it('refuses requests that did not come through CloudFront in every stage, and may only read the origin secret', () => {
    for (const variant of [{ stack, template }, synthesizeTestStack({}, { stage: 'dev', account: undefined })]) {
      const secret = variant.stack.getLogicalId(variant.stack.originVerify.secret.node.defaultChild as CfnElement);
      const fn = variant.template.toJSON().Resources[variant.stack.getLogicalId(variant.stack.api.function.node.defaultChild as CfnElement)];
      expect(fn.Properties.Environment.Variables.ORIGIN_VERIFY_SECRET_ARN).toEqual({ Ref: secret });
      const secretStatements = Object.values(variant.template.findResources('AWS::IAM::Policy'))
        .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === variant.stack.getLogicalId(variant.stack.api.function.role!.node.defaultChild as CfnElement)))
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('secretsmanager:')));
      expect(secretStatements).toContainEqual({ Sid: 'OriginVerifySecret', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secret } });
      const others = secretStatements.filter((statement) => JSON.stringify(statement.Resource).includes(secret) && (statement as { Sid?: string }).Sid !== 'OriginVerifySecret');
      expect(others).toEqual([]);
    }
  });

  it('rotates the origin secret monthly with a function that may change only this distribution and this secret', () => {
    const secret = logicalId(stack.originVerify.secret);
    const schedule = onlyResource('AWS::SecretsManager::RotationSchedule');
    const rotationFunction = schedule.Properties.RotationLambdaARN['Fn::GetAtt'][0] as string;
    expect(schedule.Properties).toMatchObject({ SecretId: { Ref: secret }, RotationRules: { ScheduleExpression: 'rate(30 days)' } });
    const fn = template.toJSON().Resources[rotationFunction];
    expect(fn.Properties.Environment.Variables.DISTRIBUTION_ID).toEqual({ Ref: logicalId(stack.web.distribution) });
    const role = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((candidate) => candidate.Ref === role))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Sid?: string; Action: string | string[]; Resource: unknown }[]);
    const on = (prefix: string) => statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith(prefix)));
    expect(on('cloudfront:')).toEqual([expect.objectContaining({ Sid: 'OriginHeader', Action: ['cloudfront:GetDistributionConfig', 'cloudfront:UpdateDistribution'], Resource: expect.anything() })]);
    expect(flatten(on('cloudfront:')[0]!.Resource)).toBe(`arn:<AWS::Partition>:cloudfront::111122223333:distribution/<${logicalId(stack.web.distribution)}>`);
    for (const statement of on('secretsmanager:')) {
      const actions = [statement.Action].flat();
      expect(statement.Resource, actions.join()).toEqual(actions.includes('secretsmanager:GetRandomPassword') ? '*' : { Ref: secret });
    }
    expect(
      on('secretsmanager:')
        .flatMap((statement) => [statement.Action].flat())
        .sort(),
    ).toEqual(expect.arrayContaining(['secretsmanager:GetRandomPassword', 'secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage']));
  });

  it('has nothing that could switch on the local development issuer', () => {
    const variables = apiFunction().Properties.Environment.Variables as Record<string, unknown>;
    for (const [name, value] of Object.entries(variables)) {
      expect(name).not.toMatch(/DEV|LOCAL|ENDPOINT|ISSUER_KEY|MODE/i);
      expect(flatten(value)).not.toMatch(/localhost|127\.0\.0\.1|linkki-local|linkki-dev|\/dev\//i);
    }
  });
});

describe('HTTP API', () => {
  const routeKeys = () => Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((route) => route.Properties.RouteKey as string);

  it('serves tRPC, the health check and HSDS open data (read only), and nothing else', () => {
    expect(routeKeys().sort()).toEqual(['ANY /trpc/{proxy+}', 'GET /api/hsds/{proxy+}', 'GET /health']);
  });

  it('has no development route, at the API or in CloudFront', () => {
    expect(routeKeys().filter((key) => key.includes('/dev'))).toEqual([]);
    const behaviours = onlyResource('AWS::CloudFront::Distribution').Properties.DistributionConfig.CacheBehaviors as { PathPattern: string }[];
    expect(behaviours.map((behaviour) => behaviour.PathPattern).sort()).toEqual(['/api/hsds/*', '/health', '/trpc/*']);
  });

  it('sends every route to the API function through one integration, with no authorizer', () => {
    const integration = onlyResource('AWS::ApiGatewayV2::Integration').Properties;
    expect(flatten(integration.IntegrationUri)).toBe(`<${logicalId(stack.api.function)}.Arn>`);
    for (const route of Object.values(template.findResources('AWS::ApiGatewayV2::Route'))) {
      expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    }
  });

  it('logs access and throttles the stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logicalId(stack.httpApi.accessLogs), 'Arn'] } },
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
    });
  });
});

describe('Cognito', () => {
  it('is invitation-only, with a strong password policy, optional TOTP and enforced threat protection', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      Schema: Match.arrayWith([{ Name: 'tenant', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: Match.anyValue() }]),
    });
  });

  it('has one group per role, named exactly after it', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map((group) => group.Properties.GroupName as string);
    expect(groups.sort()).toEqual([...roles].sort());
  });

  it('gives the web app a public client that can read the county but never write it', () => {
    const client = onlyResource('AWS::Cognito::UserPoolClient').Properties;
    expect(client).toMatchObject({
      GenerateSecret: false,
      ExplicitAuthFlows: expect.arrayContaining(['ALLOW_USER_SRP_AUTH']),
      AllowedOAuthFlows: ['code'],
    });
    expect(client.ReadAttributes).toContain('custom:tenant');
    expect(client.WriteAttributes).not.toContain('custom:tenant');
    expect((client.WriteAttributes as string[]).filter((attribute) => attribute.startsWith('custom:'))).toEqual([]);
    expect(client.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
  });
});

describe('alarms', () => {
  it("watch the functions, the API, the table and the stream consumers' dead letters, and notify one encrypted topic", () => {
    const topic = logicalId(stack.alarms.topic);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    // 5 on the request path; errors of the 9 background functions (the pre-token trigger among them); dead letters of the 2 stream consumers.
    expect(alarms).toHaveLength(16);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
    const watched = alarms.map((alarm) => JSON.stringify(alarm.Properties));
    for (const metric of ['"Errors"', '"Throttles"', '"5xx"', '"ThrottledRequests"', '"SystemErrors"', '"ApproximateNumberOfMessagesVisible"']) {
      expect(watched.some((properties) => properties.includes(metric))).toBe(true);
    }
    // Refusing a sign-in is a failed invocation too, so the trigger alarms on a burst, not on one refusal.
    const preTokenErrors = alarms.filter((alarm) => JSON.stringify(alarm.Properties.Dimensions ?? []).includes(logicalId(stack.preToken.function)));
    expect(preTokenErrors.map((alarm) => [alarm.Properties.MetricName, alarm.Properties.Threshold])).toEqual([['Errors', 5]]);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'alarms@example.org' });
  });
});
