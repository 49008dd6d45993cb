import { type Identity, isPlatformWideRole, type Role } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent, type ProcedurePath } from '../helpers/api-harness';
import { grantMembership } from '../helpers/memberships';
import type { BenchPlatform } from './bench-platform';
import type { RequestMeter } from './request-meter';

/** A procedure's answer through the handler: its status and, when it succeeded, its data. */
export interface ProcedureAnswer {
  status: number;
  data: unknown;
  body: string;
}

export type ProcedureCall = (path: ProcedurePath, input: unknown, options?: { sourceIp?: string }) => Promise<ProcedureAnswer>;

/**
 * Calls procedures through the real handler as `role` of `tenant` (null: an anonymous resident).
 * The membership is granted and, by one call made here, read into the container's membership
 * cache: the figures then show what each call costs, not the once-per-30-s membership read.
 */
export const procedureCaller = async ({ tables, issuer, handler }: BenchPlatform, tenant: string, role: Role | null): Promise<ProcedureCall> => {
  const caller: Identity | null = role ? { userId: `test-${role}`, tenantId: isPlatformWideRole(role) ? null : tenant, roles: [role] } : null;
  if (caller) await grantMembership(tables, caller);
  const token = caller ? await issuer.issue(caller) : null;
  const headers: Record<string, string> = { 'x-tenant': tenant, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const call: ProcedureCall = async (path, input, { sourceIp } = {}) => {
    const event = apiGatewayEvent(`/trpc/${path}`, { headers, body: JSON.stringify(input === undefined ? {} : { 0: input }), query: 'batch=1' });
    if (sourceIp) event.requestContext.http.sourceIp = sourceIp;
    const result = await handler(event, lambdaContext());
    const body = result.body ?? '[]';
    const [answer] = JSON.parse(body) as Array<{ result?: { data?: unknown } }>;
    return { status: result.statusCode ?? 0, data: answer?.result?.data, body };
  };
  await call('catalog.vocabularies', undefined);
  return call;
};

/** Requests and capacity units per call, averaged over the calls `run` makes. */
export interface PerCall {
  requests: number;
  capacityUnits: number;
}

export const metered = async (meter: RequestMeter, calls: number, run: (index: number) => Promise<unknown>): Promise<PerCall> => {
  meter.reset();
  for (let index = 0; index < calls; index += 1) await run(index);
  return { requests: meter.requests / calls, capacityUnits: meter.capacityUnits / calls };
};
