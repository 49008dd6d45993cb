import { type CfnResource, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from '../nag';
import type { DataTable } from './data-table';
import { leadingKeysStatement, sharedLeadingKeys, tableKeyStatement, tenantLeadingKeys, tenantTagKey } from './leading-keys-policy';

export interface TenantIsolationProps {
  readonly data: DataTable;
  /** The API function; it reads tenant data only through sessions of the tenant role. */
  readonly apiFunction: lambda.Function;
}

/**
 * The second wall between tenants. Handlers already build repositories from the verified tenant;
 * here IAM enforces the same thing, so a bug in a handler still cannot reach another tenant:
 * - `TenantDataRole` may touch only keys `T#<tenant>` and `T#<tenant>#…`, where `<tenant>` is the
 *   session tag the function sets when it assumes the role for a request's tenant;
 * - the function's own role may touch only the platform, national and network prefixes.
 * Other functions that must reach one county's items at a time open sessions of the same role,
 * under the same tag rule, once let in with `allowSessionsFrom`.
 */
export class TenantIsolation extends Construct {
  readonly tenantRole: iam.Role;

  constructor(scope: Construct, id: string, { data, apiFunction }: TenantIsolationProps) {
    super(scope, id);
    const apiRole = apiFunction.role;
    if (!apiRole) throw new Error('TenantIsolation needs the API function to have an execution role');
    const tableArn = data.table.tableArn;

    this.tenantRole = new iam.Role(this, 'TenantDataRole', {
      description: "Reads and writes one tenant's items; the tenant is the session tag set by the function that assumes it",
      assumedBy: new iam.ArnPrincipal(apiRole.roleArn),
      maxSessionDuration: Duration.hours(1),
      inlinePolicies: {
        TenantData: new iam.PolicyDocument({
          statements: [leadingKeysStatement({ sid: 'TenantItems', tableArn, leadingKeys: tenantLeadingKeys }), tableKeyStatement(this, 'TableKey', data.key.keyArn)],
        }),
      },
    });
    this.tenantRole.assumeRolePolicy?.addStatements(tagSessionTrust('TagSessionWithOneTenant', apiRole));

    this.grantApiRole(apiRole, data);
    apiFunction.addEnvironment('TENANT_ROLE_ARN', this.tenantRole.roleArn);
  }

  /**
   * Lets another function's role open tenant sessions as well, under the API's rule: each session
   * carries exactly one `tenant` tag, non-empty and free of wildcards and of the key separator.
   * `name` begins the Sids of its two trust statements (`<name>AssumeRole`,
   * `<name>TagSessionWithOneTenant`), which keeps them apart from the API's own statements.
   */
  allowSessionsFrom(name: string, role: iam.IRole): void {
    this.tenantRole.assumeRolePolicy?.addStatements(
      new iam.PolicyStatement({ sid: `${name}AssumeRole`, principals: [new iam.ArnPrincipal(role.roleArn)], actions: ['sts:AssumeRole'] }),
      tagSessionTrust(`${name}TagSessionWithOneTenant`, role),
    );
    this.grantSessions(role);
  }

  /** The role's own side of opening tenant sessions; the trust policy is the other. */
  private grantSessions(role: iam.IRole): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'AssumeTenantRole', actions: ['sts:AssumeRole', 'sts:TagSession'], resources: [this.tenantRole.roleArn] }));
  }

  /** The function may open tenant sessions, and reach only the shared prefixes by itself. */
  private grantApiRole(apiRole: iam.IRole, data: DataTable): void {
    this.grantSessions(apiRole);
    apiRole.addToPrincipalPolicy(leadingKeysStatement({ sid: 'SharedItems', tableArn: data.table.tableArn, leadingKeys: sharedLeadingKeys }));
    apiRole.addToPrincipalPolicy(tableKeyStatement(this, 'TableKey', data.key.keyArn));

    const indexWildcard = wildcardResourceFinding(data.table.node.defaultChild as CfnResource, 'Arn', '/index/*');
    for (const role of [this.tenantRole, apiRole]) {
      acknowledge(role, indexWildcard, 'The wildcard names the indexes of this one table only; dynamodb:LeadingKeys confines every request on them to the same key prefixes as on the table.');
    }
  }
}

/**
 * Session tags are the tenant boundary, so the trust policy accepts only a `tenant` tag, non-empty,
 * and free of IAM wildcard characters and of the key separator: a tag of `*` would otherwise turn
 * `T#${aws:PrincipalTag/tenant}` into a pattern that matches every tenant.
 */
const tagSessionTrust = (sid: string, role: iam.IRole): iam.PolicyStatement =>
  new iam.PolicyStatement({
    sid,
    principals: [new iam.ArnPrincipal(role.roleArn)],
    actions: ['sts:TagSession'],
    conditions: {
      StringLike: { [`aws:RequestTag/${tenantTagKey}`]: '?*' },
      StringNotLike: { [`aws:RequestTag/${tenantTagKey}`]: ['*${*}*', '*${?}*', '*#*'] },
      'ForAllValues:StringEquals': { 'aws:TagKeys': [tenantTagKey] },
    },
  });
