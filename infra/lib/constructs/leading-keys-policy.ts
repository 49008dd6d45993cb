import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { keyPrefixes } from '../../../packages/db/src/table';

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

export interface LeadingKeysStatementProps {
  readonly sid: string;
  readonly tableArn: string;
  readonly leadingKeys: readonly string[];
}

/** Item access to the table and its indexes, for requests whose every partition key matches `leadingKeys`. */
export const leadingKeysStatement = ({ sid, tableArn, leadingKeys }: LeadingKeysStatementProps): iam.PolicyStatement =>
  confinedStatement({ sid, actions: itemActions, resources: [tableArn, `${tableArn}/index/*`], leadingKeys });

/** Only `actions` on `resources`, for requests whose every partition key matches `leadingKeys` (for narrowly scoped functions). */
export const confinedStatement = ({ sid, actions, resources, leadingKeys }: { sid: string; actions: readonly string[]; resources: readonly string[]; leadingKeys: readonly string[] }): iam.PolicyStatement =>
  new iam.PolicyStatement({
    sid,
    actions: [...actions],
    resources: [...resources],
    conditions: {
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...leadingKeys] },
      // ForAllValues holds vacuously for a request that names no keys at all; requiring the key closes that gap.
      Null: { 'dynamodb:LeadingKeys': 'false' },
    },
  });

/** The table key, usable only through DynamoDB in this region, never for direct encrypt or decrypt calls. */
export const tableKeyStatement = (scope: IConstruct, sid: string, keyArn: string): iam.PolicyStatement => {
  const stack = Stack.of(scope);
  return new iam.PolicyStatement({
    sid,
    actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
    resources: [keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.${stack.urlSuffix}` } },
  });
};
