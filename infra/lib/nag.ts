import { type CfnResource, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Records why an AwsSolutions finding does not apply to `scope` (and everything under it).
 * The reason is the audit trail: it says what was decided and what would change the decision.
 */
export const acknowledge = (scope: IConstruct, finding: string, reason: string): void => Validations.of(scope).acknowledge({ id: `AwsSolutions-${finding}`, reason });

/**
 * Names one wildcard resource of an IAM5 finding the way cdk-nag prints it,
 * `IAM5[Resource::<LogicalId.Attribute>suffix]`, so an acknowledgement covers that resource only.
 */
export const wildcardResourceFinding = (resource: CfnResource, attribute: string, suffix: string): string => `IAM5[Resource::<${Stack.of(resource).getLogicalId(resource)}.${attribute}>${suffix}]`;
