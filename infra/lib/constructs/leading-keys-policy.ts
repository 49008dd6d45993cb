import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { keyPrefixes } from '@linkki/db';

/** The session tag that names the tenant; the API function sets it when it assumes the tenant role. */
export const tenantTagKey = 'tenant';

/**
 * Item actions only. Each of them names its partition keys, so `dynamodb:LeadingKeys` can confine
 * it. Transactions are authorized per item through these same actions. Scan, PartiQL and every
 * table-level action are absent on purpose: they cannot be confined to a key prefix.
 */
export const itemActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Exactly `prefix` or `prefix#…`; the separator keeps `T#lappi` from also matching `T#lappix`. */
export const leadingKeyPatterns = (prefix: string): string[] => [prefix, `${prefix}#*`];

/** Keys of the tenant named by the session tag: `T#<tenant>` and `T#<tenant>#…`. */
export const tenantLeadingKeys = leadingKeyPatterns(`${keyPrefixes.tenant}#\${aws:PrincipalTag/${tenantTagKey}}`);

/** Keys that belong to no tenant: the platform registry, national pathways, the developer network. */
export const sharedLeadingKeys = [keyPrefixes.platform, keyPrefixes.national, keyPrefixes.network].flatMap(leadingKeyPatterns);

/** The tenant registry's partition: the scheduled jobs read it to learn the counties, the pre-token trigger activates a county in it. */
export const tenantRegistryLeadingKeys = [`${keyPrefixes.platform}#TENANTS`];

export interface LeadingKeysStatementProps {
  readonly sid: string;
  readonly tableArn: string;
  readonly leadingKeys: readonly string[];
}

/** Item access to the table and its indexes, for requests whose every partition key matches `leadingKeys`. */
export const leadingKeysStatement = ({ sid, tableArn, leadingKeys }: LeadingKeysStatementProps): iam.PolicyStatement =>
  confinedStatement({ sid, actions: itemActions, resources: [tableArn, `${tableArn}/index/*`], leadingKeys });

export interface ConfinedStatementProps {
  sid: string;
  actions: readonly string[];
  resources: readonly string[];
  leadingKeys: readonly string[];
  /** Only requests that ask for this `Select`; `COUNT` lets a Query say how many items match and return none of them. */
  select?: 'COUNT';
}

/** Only `actions` on `resources`, for requests whose every partition key matches `leadingKeys` (for narrowly scoped functions). */
export const confinedStatement = ({ sid, actions, resources, leadingKeys, select }: ConfinedStatementProps): iam.PolicyStatement =>
  new iam.PolicyStatement({
    sid,
    actions: [...actions],
    resources: [...resources],
    conditions: {
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...leadingKeys] },
      // ForAllValues holds vacuously for a request that names no keys at all; requiring the key closes that gap.
      Null: { 'dynamodb:LeadingKeys': 'false' },
      ...(select ? { StringEquals: { 'dynamodb:Select': select } } : {}),
    },
  });

/** The table key, usable only through DynamoDB in this region, never for direct encrypt or decrypt calls. */
/**
 * A Scan of the table (not its indexes) that can return nothing of an item but `attributes`: a
 * Scan cannot be confined to key prefixes, so it is confined to what it returns, and a Scan that
 * names no attributes (and would return whole items) is refused.
 */
export const projectedScanStatement = ({ sid, tableArn, attributes }: { sid: string; tableArn: string; attributes: readonly string[] }): iam.PolicyStatement =>
  new iam.PolicyStatement({
    sid,
    actions: ['dynamodb:Scan'],
    resources: [tableArn],
    conditions: {
      StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...attributes] },
      Null: { 'dynamodb:Attributes': 'false' },
    },
  });

export const tableKeyStatement = (scope: IConstruct, sid: string, keyArn: string): iam.PolicyStatement => {
  const stack = Stack.of(scope);
  return new iam.PolicyStatement({
    sid,
    actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
    resources: [keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.${stack.urlSuffix}` } },
  });
};
