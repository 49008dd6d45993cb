import * as z from 'zod';
import type { ApiDependencies } from '../../context';
import { hsdsCollections, hsdsMaxPerPage, hsdsPage } from './hsds-export';

/** `/api/hsds/<tenant>/<collection>`: the open-data path, outside tRPC because HSDS clients expect plain REST. */
export const hsdsPathPattern = /^\/api\/hsds\/([a-z0-9-]+)\/([a-z_]+)\/?$/;

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(hsdsMaxPerPage).default(50),
});

export interface HsdsResponse {
  status: number;
  body: unknown;
}

export const answerHsds = async (deps: ApiDependencies, path: string, query: URLSearchParams): Promise<HsdsResponse> => {
  const [, tenantSlug = '', collection = ''] = hsdsPathPattern.exec(path) ?? [];
  const tenant = await deps.tenants.find(tenantSlug);
  if (!tenant || tenant.status !== 'active') return { status: 404, body: { error: `Unknown tenant: ${tenantSlug}` } };
  deps.requestMeter?.count(tenant.slug);
  const known = hsdsCollections.find((candidate) => candidate === collection);
  if (!known) return { status: 404, body: { error: `Unknown collection: ${collection}; use ${hsdsCollections.join(' or ')}` } };
  const parsed = querySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    return { status: 400, body: { error: `Invalid input: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` } };
  }
  const catalog = await deps.catalogSearch.forTenant(tenant.slug);
  return { status: 200, body: hsdsPage(tenant.slug, catalog, known, parsed.data.page, parsed.data.per_page) };
};
