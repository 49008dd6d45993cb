import { S3Client } from '@aws-sdk/client-s3';
import {
  type AccountDirectory,
  type ApiDependencies,
  type ExportStore,
  type SearchSnapshotStore,
  createAddressHasher,
  createCatalogSearchCache,
  createTableLatestPathwayCache,
  createMembershipCheck,
  createRequestMeter,
  createTenantDirectory,
  createTokenVerifier,
} from '@linkki/api';
import { createDocumentClient, createTableAccess, createTenantRepository, type DynamoDBDocumentClient } from '@linkki/db';
import { defaultSubmissionLimits, type SubmissionLimitsByScope } from '@linkki/domain';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { ApiConfig } from '../config';
import { logger } from '../powertools';
import { createTenantScopedClientFactory } from '../tenant-scoped-client';
import { createS3ExportStore } from '../exports/s3-export-store';
import { createS3SearchSnapshotStore } from '../search/s3-search-snapshot-store';
import { logCatalogLoad } from '../search/log-catalog-load';
import { addressHashKeyOf } from './address-hash-key';
import { createCognitoAccountDirectory } from './cognito-account-directory';

export interface DependencyOverrides {
  /** Signing keys to trust instead of fetching the JWKS URL (tests). */
  keys?: JWTVerifyGetKey;
  /** A client to use instead of building one (the bench counts its requests). */
  client?: DynamoDBDocumentClient;
  /** The clock of the membership cache (tests move it past the cache's lifetime). */
  clock?: () => number;
  /** The services' clock (tests move it past a link's lifetime). */
  now?: () => Date;
  /** Where invited people get accounts, where there is no Cognito pool (the local platform, tests). */
  accounts?: AccountDirectory;
  /** Where export archives are kept, where there is no bucket (the local platform, tests). */
  exports?: ExportStore;
  /** Where counties' search snapshots are read, where there is no bucket (the local platform, tests, the bench). */
  searchSnapshots?: SearchSnapshotStore;
  /** Other submission limits than the defaults (tests lower a county-wide threshold to reach it quickly). */
  submissionLimits?: Partial<SubmissionLimitsByScope>;
}

const exportsOf = (config: ApiConfig, overrides: DependencyOverrides): ExportStore => {
  if (overrides.exports) return overrides.exports;
  if (!config.EXPORT_BUCKET) throw new Error('Invalid configuration: EXPORT_BUCKET: is required where no export store is given');
  return createS3ExportStore({ bucket: config.EXPORT_BUCKET, region: config.AWS_REGION });
};

/** Without a bucket or a store given, each container builds its counties' indexes from the table (and logs it). */
/**
 * A snapshot is read on a resident's first search: a stalled GET must give way to the build from
 * the table well within the API's own timeout, not use it up.
 */
const snapshotReadTimeouts = { connectionTimeout: 1_000, requestTimeout: 4_000 };

const searchSnapshotsOf = (config: ApiConfig, overrides: DependencyOverrides): SearchSnapshotStore | undefined => {
  if (overrides.searchSnapshots) return overrides.searchSnapshots;
  if (!config.SEARCH_SNAPSHOT_BUCKET) return undefined;
  const client = new S3Client({ region: config.AWS_REGION, requestHandler: snapshotReadTimeouts, maxAttempts: 2 });
  return createS3SearchSnapshotStore({ bucket: config.SEARCH_SNAPSHOT_BUCKET, region: config.AWS_REGION, client });
};

const accountsOf = (config: ApiConfig, overrides: DependencyOverrides): AccountDirectory => {
  if (overrides.accounts) return overrides.accounts;
  if (!config.USER_POOL_ID) throw new Error('Invalid configuration: USER_POOL_ID: is required where no account directory is given');
  return createCognitoAccountDirectory({ userPoolId: config.USER_POOL_ID, region: config.AWS_REGION, federatedCounties: config.FEDERATED_COUNTIES });
};

/** Builds what the API needs once per container: clients, token verifier, tenant directory. */
export const buildApiDependencies = (config: ApiConfig, overrides: DependencyOverrides = {}): ApiDependencies => {
  const platformClient = overrides.client ?? createDocumentClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION });
  const tables = createTableAccess({
    tableName: config.TABLE_NAME,
    platformClient,
    ...(config.TENANT_ROLE_ARN ? { tenantClient: createTenantScopedClientFactory({ roleArn: config.TENANT_ROLE_ARN, region: config.AWS_REGION }) } : {}),
  });
  const tenants = createTenantDirectory(createTenantRepository(tables.platform));
  return {
    tables,
    tenants,
    verifyToken: createTokenVerifier({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      keys: overrides.keys ?? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL)),
    }),
    checkMembership: createMembershipCheck(tables, overrides.clock ? { now: overrides.clock } : {}),
    accounts: accountsOf(config, overrides),
    exports: exportsOf(config, overrides),
    // The same clock as the services, so the index and the search agree on which day it is.
    latestPathways: createTableLatestPathwayCache({ tables, ...(overrides.now ? { now: overrides.now } : {}) }),
    catalogSearch: createCatalogSearchCache({ tables, snapshots: searchSnapshotsOf(config, overrides), onLoad: logCatalogLoad, ...(overrides.now ? { now: overrides.now } : {}) }),
    appUrl: config.APP_URL,
    now: overrides.now ?? (() => new Date()),
    hashAddress: createAddressHasher(addressHashKeyOf(config)),
    submissionLimits: { ...defaultSubmissionLimits, ...overrides.submissionLimits },
    requestMeter: createRequestMeter({
      gateway: tables.platform,
      counties: () => tenants.all(),
      // Counting must never fail a request: a lost write only makes the day's figure a little low.
      onError: (error) => logger.warn('request counts not written', { error }),
      ...(overrides.now ? { now: () => (overrides.now as () => Date)().getTime() } : {}),
    }),
  };
};
