import { type Identity, type SubmissionLimitsByScope, tenantIdSchema } from '@linkki/domain';
import type { TableAccess } from '@linkki/db';
import type { AddressHasher } from './abuse/address-hash';
import type { AccountDirectory } from './auth/account-directory';
import type { ExportStore } from './exports/export-store';
import type { MembershipCheck } from './auth/membership-check';
import { TokenInvalidError, type TokenVerifier } from './auth/token-verifier';
import type { CatalogSearchCache } from './features/catalog/search/catalog-search-cache';
import type { PathwayPublishedSink } from './features/pathways/pathway-fanout';
import type { LatestPathwayCache } from './features/pathways/latest-pathway-cache';
import type { RequestMeter } from './features/usage/request-meter';
import type { TenantDirectory } from './tenant-directory';

/** What the API needs from its surroundings; built once per Lambda container. */
export interface ApiDependencies {
  tables: TableAccess;
  tenants: TenantDirectory;
  verifyToken: TokenVerifier;
  /** What a verified token may still do: its membership may have been deactivated or narrowed since it was issued. */
  checkMembership: MembershipCheck;
  /** Where invited people get their sign-in accounts. */
  accounts: AccountDirectory;
  catalogSearch: CatalogSearchCache;
  /** Where counties' export archives are kept and downloaded from. */
  exports: ExportStore;
  /** Told of each published pathway version where no table stream does it (the local runtime). */
  pathwayPublished?: PathwayPublishedSink;
  /** The newest version of each national pathway, read at most once a second per container. */
  latestPathways: LatestPathwayCache;
  /** The web app's public URL, for links in notifications. */
  appUrl: string;
  now: () => Date;
  /** Counts each request against the county it names, for the operator's usage figures. */
  requestMeter?: RequestMeter;
  /** The keyed hash that is the only form in which a client address is kept (for abuse limits). */
  hashAddress: AddressHasher;
  /** How much of each kind of anonymous submission a county takes. */
  submissionLimits: SubmissionLimitsByScope;
}

export type Authentication =
  | { kind: 'anonymous' }
  | { kind: 'invalid' }
  /** A good token whose membership is deactivated, gone, or no longer grants any of its roles. */
  | { kind: 'revoked' }
  | { kind: 'verified'; identity: Identity };

/** The tenant the request names in `x-tenant`: absent, a well-formed slug, or malformed. */
export type RequestedTenant = { kind: 'none' } | { kind: 'slug'; slug: string } | { kind: 'malformed' };

export interface Context {
  deps: ApiDependencies;
  authentication: Authentication;
  requestedTenant: RequestedTenant;
  /** The HTTP method the call came by; signed-in calls must use POST. */
  method: string;
  /** The caller's IP address as API Gateway saw it; used only (hashed) for abuse limits. */
  clientAddress: string;
}

export const tenantHeader = 'x-tenant';

/** Needs no Lambda event, so tests and the bench build contexts directly. */
export const createContextInner = (context: Context): Context => context;

const requestedTenantOf = (header: string | null): RequestedTenant => {
  if (header === null || header === '') return { kind: 'none' };
  const parsed = tenantIdSchema.safeParse(header);
  return parsed.success ? { kind: 'slug', slug: parsed.data } : { kind: 'malformed' };
};

const verify = async (token: string, verifyToken: TokenVerifier): Promise<Identity | null> => {
  try {
    return await verifyToken(token);
  } catch (error) {
    if (error instanceof TokenInvalidError) return null;
    throw error;
  }
};

const authenticate = async (authorization: string | null, deps: ApiDependencies): Promise<Authentication> => {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim());
  const verified = match?.[1] ? await verify(match[1], deps.verifyToken) : null;
  if (!verified) return { kind: 'invalid' };
  const identity = await deps.checkMembership(verified);
  return identity ? { kind: 'verified', identity } : { kind: 'revoked' };
};

/**
 * The county a request is counted against: a member's own county, or the one an anonymous caller
 * names. A platform-wide person's requests (operator, national publisher) are no county's.
 */
export const countyOfRequest = ({ authentication, requestedTenant }: Pick<Context, 'authentication' | 'requestedTenant'>): string | null => {
  if (authentication.kind === 'verified') return authentication.identity.tenantId;
  return requestedTenant.kind === 'slug' ? requestedTenant.slug : null;
};

/** Resolves the caller once per HTTP request (a batch shares it, and counts once) from its method and headers. */
export const createContextFromRequest = async (deps: ApiDependencies, { method, headers, clientAddress }: { method: string; headers: Headers; clientAddress: string }): Promise<Context> => {
  const context = createContextInner({
    deps,
    authentication: await authenticate(headers.get('authorization'), deps),
    requestedTenant: requestedTenantOf(headers.get(tenantHeader)),
    method: method.toUpperCase(),
    clientAddress,
  });
  const county = countyOfRequest(context);
  if (county) deps.requestMeter?.count(county);
  return context;
};
