/**
 * The one table of the platform, declared once and shared by the CDK stack and the local runtime.
 * Key attributes are overloaded across entities; see this package's README for the access patterns.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  versionAttribute: 'version',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

export type IndexName = (typeof tableDefinition.globalSecondaryIndexes)[number]['indexName'];

/** Every attribute that is a key of the table or of one of its indexes; all are strings. */
export const keyAttributes: readonly string[] = [
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...tableDefinition.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
];

/** The first segment of every partition key, by owner. Tenant data always begins with `T#<tenantId>`. */
export const keyPrefixes = {
  tenant: 'T',
  platform: 'PLATFORM',
  national: 'NATIONAL',
  network: 'NETWORK',
} as const;

export const defaultTableName = 'linkki';
