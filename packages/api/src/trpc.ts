import { type Identity, type Role, type Tenant, TenantInactiveError, TenantNotFoundError } from '@linkki/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import * as z from 'zod';
import type { Context } from './context';
import { formatError, toTRPCError } from './errors';

/**
 * The one tRPC instance. `isDev: false` is explicit because Lambda sets no NODE_ENV and tRPC
 * would otherwise put stack traces into error responses.
 */
const t = initTRPC.context<Context>().create({ isDev: false, errorFormatter: formatError });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

const mapErrors = t.middleware(async function mapErrors({ next }) {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

/** A bad token is refused everywhere, and a token of one tenant cannot be aimed at another. */
const checkCaller = t.middleware(function checkCaller({ ctx, next }) {
  const { authentication, requestedTenant } = ctx;
  if (authentication.kind === 'invalid') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The sign-in token is not valid; sign in again.' });
  if (authentication.kind === 'revoked') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your access has ended or changed; sign in again.' });
  if (requestedTenant.kind === 'malformed') throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input: x-tenant: must be a tenant slug such as pohjois-savo' });
  const identity = authentication.kind === 'verified' ? authentication.identity : null;
  if (identity?.tenantId && requestedTenant.kind === 'slug' && requestedTenant.slug !== identity.tenantId) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'The token belongs to another tenant.' });
  }
  return next({ ctx: { identity } });
});

const activeTenant = async (ctx: Context, slug: string): Promise<Tenant> => {
  const tenant = await ctx.deps.tenants.find(slug);
  if (!tenant) throw new TenantNotFoundError(slug);
  if (tenant.status !== 'active') throw new TenantInactiveError(slug);
  return tenant;
};

/** The input of procedures that take none: anything else, a malformed body included, is refused. */
export const noInput = z.void();

/** Anyone may call it; it needs no tenant (the tenant picker). */
export const publicProcedure = t.procedure.use(mapErrors).use(checkCaller);

/** Anyone may call it, residents included; the tenant comes from the token or else from `x-tenant`. */
export const residentProcedure = publicProcedure.use(async function resolveTenant({ ctx, next }) {
  const slug = ctx.identity?.tenantId ?? (ctx.requestedTenant.kind === 'slug' ? ctx.requestedTenant.slug : null);
  if (!slug) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input: x-tenant: name the wellbeing services county' });
  return next({ ctx: { tenant: await activeTenant(ctx, slug) } });
});

/**
 * Any signed-in user; `tenant` is their county, or null for platform-wide users. What a signed-in
 * user reads may be personal data, so it never travels in a URL: GET is refused.
 */
export const signedInProcedure = publicProcedure.use(async function requireIdentity({ ctx, next }) {
  const { identity } = ctx;
  if (!identity) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to use this.' });
  if (ctx.method === 'GET') throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: 'Use POST: signed-in queries may carry personal data and never go in a URL.' });
  const tenant = identity.tenantId ? await activeTenant(ctx, identity.tenantId) : null;
  return next({ ctx: { identity, tenant } });
});

const requireRoles = (allowed: readonly Role[]) =>
  t.middleware(function requireRoles({ ctx, next }) {
    const { identity } = ctx as { identity?: Identity | null };
    if (!identity?.roles.some((role) => allowed.includes(role))) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${allowed.join(', ')} may do this.` });
    }
    return next();
  });

/** A signed-in member of a county: `ctx` narrows to `{ tenantId, userId, roles, tenant }`. */
export const tenantProcedure = signedInProcedure.use(function requireTenantMember({ ctx, next }) {
  if (!ctx.tenant) throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for the users of a wellbeing services county.' });
  return next({ ctx: { tenant: ctx.tenant, tenantId: ctx.tenant.slug, userId: ctx.identity.userId, roles: ctx.identity.roles } });
});

/** A county member holding one of `roles`. */
export const tenantRoleProcedure = (...roles: Role[]) => tenantProcedure.use(requireRoles(roles));

/** A signed-in user holding one of `roles`, in a county or platform-wide (national publisher, operator). */
export const roleProcedure = (...roles: Role[]) => signedInProcedure.use(requireRoles(roles));
