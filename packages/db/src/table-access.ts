import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tenantKeyPrefix } from './keys';
import { createTableGateway, type TableGateway } from './table-gateway';

/**
 * How a request reaches the table: platform-wide items (tenant registry, national, network)
 * through `platform`, a tenant's items only through `tenant(id)`. In AWS the tenant gateway
 * runs on credentials that IAM confines to that tenant's key prefix; everywhere it refuses to
 * write an item whose index partition keys lie outside that prefix.
 */
export interface TableAccess {
  readonly platform: TableGateway;
  tenant(tenantId: string): TableGateway;
}

export interface TableAccessOptions {
  tableName: string;
  platformClient: DynamoDBDocumentClient;
  /** Defaults to the platform client, as locally where there is one set of credentials. */
  tenantClient?: (tenantId: string) => DynamoDBDocumentClient;
}

export const createTableAccess = ({ tableName, platformClient, tenantClient }: TableAccessOptions): TableAccess => {
  const platform = createTableGateway(platformClient, tableName);
  const tenants = new Map<string, TableGateway>();
  return {
    platform,
    tenant(tenantId) {
      let gateway = tenants.get(tenantId);
      if (!gateway) {
        // Its own gateway even on shared local credentials, so the index-key check holds here as in AWS.
        gateway = createTableGateway(tenantClient ? tenantClient(tenantId) : platformClient, tableName, { indexKeyPrefixes: [tenantKeyPrefix(tenantId)] });
        tenants.set(tenantId, gateway);
      }
      return gateway;
    },
  };
};
