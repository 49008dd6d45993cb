import type { Template } from 'aws-cdk-lib/assertions';

/** An IAM policy document as it appears in a synthesized template, tokens resolved. */
export interface PolicyDocument {
  Version: string;
  Statement: Statement[];
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: string | string[];
  Principal?: unknown;
  Condition?: Record<string, Record<string, string | string[]>>;
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export interface FakeEnvironment {
  readonly account: string;
  readonly region: string;
}

/** A plausible ARN for `logicalId`, the same every time, so policies can be evaluated offline. */
const fakeArn = (resources: Resources, logicalId: string, { account, region }: FakeEnvironment): string => {
  const type = resources[logicalId]?.Type;
  switch (type) {
    case 'AWS::DynamoDB::Table':
      return `arn:aws:dynamodb:${region}:${account}:table/${logicalId}`;
    case 'AWS::KMS::Key':
      return `arn:aws:kms:${region}:${account}:key/${logicalId}`;
    case 'AWS::Logs::LogGroup':
      return `arn:aws:logs:${region}:${account}:log-group:${logicalId}:*`;
    case 'AWS::IAM::Role':
      return `arn:aws:iam::${account}:role/${logicalId}`;
    case 'AWS::Cognito::UserPool':
      return `arn:aws:cognito-idp:${region}:${account}:userpool/${logicalId}`;
    case 'AWS::SQS::Queue':
      return `arn:aws:sqs:${region}:${account}:${logicalId}`;
    case 'AWS::S3::Bucket':
      return `arn:aws:s3:::${logicalId}`;
    default:
      throw new Error(`No fake ARN for ${logicalId} (${type ?? 'not in the template'})`);
  }
};

/** A plausible value for `Fn::GetAtt [logicalId, attribute]`: an ARN, or a table's stream ARN. */
const fakeAttribute = (resources: Resources, logicalId: string, attribute: string, environment: FakeEnvironment): string => {
  if (attribute === 'Arn') return fakeArn(resources, logicalId, environment);
  if (attribute === 'StreamArn' && resources[logicalId]?.Type === 'AWS::DynamoDB::Table') {
    return `${fakeArn(resources, logicalId, environment)}/stream/1970-01-01T00:00:00.000`;
  }
  throw new Error(`Cannot resolve ${logicalId}.${attribute}`);
};

const pseudoParameters = (environment: FakeEnvironment): Record<string, string> => ({
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::Region': environment.region,
  'AWS::AccountId': environment.account,
});

/**
 * Replaces `Fn::GetAtt`, `Ref` and `Fn::Join` with concrete strings: ARNs for `Arn` and `StreamArn` attributes,
 * the logical id as the physical name for `Ref`, the fake environment for pseudo parameters.
 */
export const resolveTokens = (template: Template, environment: FakeEnvironment) => {
  const resources = template.toJSON().Resources as Resources;
  const pseudo = pseudoParameters(environment);
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value !== 'object' || value === null) return value;
    const node = value as Record<string, unknown>;
    if ('Fn::GetAtt' in node) {
      const [logicalId, attribute] = node['Fn::GetAtt'] as [string, string];
      return fakeAttribute(resources, logicalId, attribute, environment);
    }
    if ('Ref' in node) return pseudo[node.Ref as string] ?? node.Ref;
    if ('Fn::Join' in node) {
      const [delimiter, parts] = node['Fn::Join'] as [string, unknown[]];
      return parts.map(resolve).join(delimiter);
    }
    return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, resolve(inner)]));
  };
  return {
    arnOf: (logicalId: string): string => fakeArn(resources, logicalId, environment),
    attributeOf: (logicalId: string, attribute: string): string => fakeAttribute(resources, logicalId, attribute, environment),
    /** Every identity policy attached to the role: inline ones and `AWS::IAM::Policy` resources. */
    identityPoliciesOf(roleLogicalId: string): { name: string; policy: PolicyDocument }[] {
      const role = resources[roleLogicalId]?.Properties ?? {};
      const inline = ((role.Policies ?? []) as { PolicyName: string; PolicyDocument: unknown }[]).map((entry) => ({
        name: entry.PolicyName,
        policy: resolve(entry.PolicyDocument) as PolicyDocument,
      }));
      const attached = Object.entries(resources)
        .filter(([, resource]) => resource.Type === 'AWS::IAM::Policy')
        .filter(([, resource]) => ((resource.Properties?.Roles ?? []) as unknown[]).some((ref) => (ref as { Ref?: string }).Ref === roleLogicalId))
        .map(([id, resource]) => ({ name: id, policy: resolve(resource.Properties?.PolicyDocument) as PolicyDocument }));
      return [...inline, ...attached];
    },
    trustPolicyOf: (roleLogicalId: string): PolicyDocument => resolve(resources[roleLogicalId]?.Properties?.AssumeRolePolicyDocument) as PolicyDocument,
    managedPolicyArnsOf: (roleLogicalId: string): unknown[] => (resources[roleLogicalId]?.Properties?.ManagedPolicyArns ?? []) as unknown[],
  };
};

export const actionsOf = (statement: Statement): string[] => [statement.Action].flat();

/** Renders a template value as one string, `<LogicalId>` for a Ref and `<LogicalId.Attribute>` for a GetAtt. */
export const flatten = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if ('Ref' in node) return `<${String(node.Ref)}>`;
  if ('Fn::GetAtt' in node) return `<${(node['Fn::GetAtt'] as string[]).join('.')}>`;
  if ('Fn::Join' in node) {
    const [delimiter, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(flatten).join(delimiter);
  }
  return JSON.stringify(value);
};
