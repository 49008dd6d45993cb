import type { CfnResource, Duration } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from '../nag';
import type { DataTable } from './data-table';
import { confinedStatement, tableKeyStatement } from './leading-keys-policy';
import { createNodeFunction, type NodeFunctionParts } from './node-function';

/** One grant: these actions, on requests whose every partition key matches `leadingKeys`. */
export interface ConfinedAccess {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly leadingKeys: readonly string[];
  /** Whether the grant reaches the table's indexes too; by default it names the table only. */
  readonly indexes?: boolean;
  /** `COUNT`: the requests may only count items, never read them. */
  readonly select?: 'COUNT';
}

export interface ConfinedTableFunctionProps {
  /** The handler file; under `functions/src/events/` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
  /** The `POWERTOOLS_SERVICE_NAME` of its logs. */
  readonly serviceName: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  /** All the table access the function has; nothing else of the table is reachable by it. */
  readonly access: readonly ConfinedAccess[];
}

/**
 * A background function with item access to the table confined to the partitions named in
 * `access`, and the table key through DynamoDB only. Creates `Logs`, `Role`, `Function` and the
 * `TableKey` grant directly in `scope`.
 */
export const createConfinedTableFunction = (scope: Construct, props: ConfinedTableFunctionProps): NodeFunctionParts => {
  const { table, key } = props.data;
  const parts = createNodeFunction(scope, {
    entry: props.entry,
    projectRoot: props.projectRoot,
    logRetention: props.logRetention,
    memorySize: props.memorySize,
    timeout: props.timeout,
    environment: { TABLE_NAME: table.tableName, POWERTOOLS_SERVICE_NAME: props.serviceName, ...props.environment },
  });
  const { role } = parts;
  for (const { indexes, ...access } of props.access) {
    const resources = indexes ? [table.tableArn, `${table.tableArn}/index/*`] : [table.tableArn];
    role.addToPrincipalPolicy(confinedStatement({ ...access, resources }));
  }
  role.addToPrincipalPolicy(tableKeyStatement(scope, 'TableKey', key.keyArn));
  acknowledge(role, 'IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".');
  if (props.access.some((access) => access.indexes)) {
    acknowledge(
      role,
      wildcardResourceFinding(table.node.defaultChild as CfnResource, 'Arn', '/index/*'),
      'The wildcard names the indexes of this one table only; dynamodb:LeadingKeys confines every request on them to the partitions the function is granted.',
    );
  }
  return parts;
};
