import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { keyPrefixes, pathwayNewsAttributes, pathwayNewsPartitionName } from '@linkki/db';
import type { DataTable } from './data-table';
import { filterRule } from './filter-rules';
import { confinedStatement, tableKeyStatement, tenantRegistryLeadingKeys } from './leading-keys-policy';
import { StreamConsumer } from './stream-consumer';

export interface PathwayFanOutProps {
  /** The handler file; `functions/src/events/pathway-fanout.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly logRetention: logs.RetentionDays;
}

/** Only inserts of national pathway versions invoke the function; every other stream record is dropped before it. */
export const pathwayVersionFilter = lambda.FilterCriteria.filter({
  eventName: filterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { entity: { S: filterRule.isEqual('pathwayVersion') }, pk: { S: filterRule.beginsWith(`${keyPrefixes.national}#PATHWAY#`) } } },
});

/** Every county's news partition, `T#<any county>#PATHWAY-NEWS`, and no other key of a county. */
export const countyNewsLeadingKeys = [`${keyPrefixes.tenant}#*#${pathwayNewsPartitionName}`];

/**
 * The platform's only cross-county write: tells every county of a published national pathway
 * version. Its role may read the tenant registry and put news items (those attributes, in the
 * news partitions) and nothing else; it cannot read, update or delete anything of a county, and
 * the API function's own role gains nothing from it.
 */
export class PathwayFanOut extends StreamConsumer {
  constructor(scope: Construct, id: string, props: PathwayFanOutProps) {
    super(scope, id, {
      ...props,
      serviceName: 'linkki-pathway-fanout',
      timeout: Duration.seconds(60),
      environment: { TABLE_NAME: props.data.table.tableName },
      filter: pathwayVersionFilter,
      batchSize: 10,
      maxRecordAge: Duration.hours(6),
      records: 'published pathway versions',
    });
    const { table, key } = props.data;
    this.role.addToPrincipalPolicy(confinedStatement({ sid: 'ReadTenantRegistry', actions: ['dynamodb:Query'], resources: [table.tableArn], leadingKeys: tenantRegistryLeadingKeys }));
    const news = confinedStatement({ sid: 'PutCountyNews', actions: ['dynamodb:PutItem'], resources: [table.tableArn], leadingKeys: countyNewsLeadingKeys });
    news.addCondition('ForAllValues:StringEquals', { 'dynamodb:Attributes': [...pathwayNewsAttributes] });
    news.addCondition('StringEqualsIfExists', { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES', 'dynamodb:ReturnValues': 'NONE' });
    this.role.addToPrincipalPolicy(news);
    this.role.addToPrincipalPolicy(tableKeyStatement(this, 'TableKey', key.keyArn));
  }
}
