import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { appRouter } from '@linkki/api';
import { createOrganisationRepository, defaultTableName, userKeyOf } from '@linkki/db';
import { type Identity, isPlatformWideRole, type Role, roles } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import { apiGatewayEvent, type ProcedurePath } from '../helpers/api-harness';
import { grantMembership } from '../helpers/memberships';
import { type Access, authorizationMatrix, matrixOrganisation, matrixTenant } from '../isolation/authorization-matrix';
import type { BenchPlatform } from './bench-platform';
import { fixed, latencyOf, measure } from './stats';

/** A role that may call a procedure with this access, or null for an anonymous resident. */
const callerFor = (access: Access): Role | null => (typeof access === 'string' ? (access === 'signedIn' ? roles[0] : null) : (access[0] ?? null));

/** True when a batch answer's error carries the domain error's reason: the service ran and refused. */
const refusedByService = (body: string | undefined): boolean => {
  const [answer] = JSON.parse(body ?? '[]') as Array<{ error?: { data?: { reason?: unknown } } }>;
  return typeof answer?.error?.data?.reason === 'string';
};

/** Every procedure of the app router through the handler, next to a bare GetItem in the same run. */
export const benchProcedures = async ({ client, tables, meter, issuer, handler }: BenchPlatform): Promise<void> => {
  const tenant = matrixTenant;
  await createOrganisationRepository({ gateway: tables.tenant(tenant), tenantId: tenant }).register(matrixOrganisation);
  const baselineKey = userKeyOf(tenant, 'demo-nurse');
  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: baselineKey }))));
  console.log(`\nBaseline: bare GetItem on DynamoDB Local  p50 ${fixed(baseline.p50)} ms  p95 ${fixed(baseline.p95)} ms\n`);
  console.log('procedure                          caller            p50 ms   p95 ms   p50/GetItem   DynamoDB requests/call   capacity units/call');
  for (const path of Object.keys(appRouter._def.procedures).sort()) {
    const row = authorizationMatrix[path as ProcedurePath];
    if (!row) throw new Error(`No authorization-matrix row for ${path}`);
    const role = callerFor(row.access);
    // The API honours a token only while a membership grants its roles; platform-wide roles belong to no county.
    const caller: Identity | null = role ? { userId: `test-${role}`, tenantId: isPlatformWideRole(role) ? null : tenant, roles: [role] } : null;
    if (caller) await grantMembership(tables, caller);
    const token = caller ? await issuer.issue(caller) : null;
    const headers: Record<string, string> = { 'x-tenant': tenant, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const body = JSON.stringify(row.input === undefined ? {} : { 0: row.input });
    const call = async () => {
      const result = await handler(apiGatewayEvent(`/trpc/${path}`, { headers, body, query: 'batch=1' }), lambdaContext());
      // The matrix inputs name missing items for some procedures: a NOT_FOUND is a full, measured answer.
      // A versioned write repeated with the same expected version is refused by its condition after
      // the first call: the CONFLICT costs the same conditional request. A BAD_REQUEST the service
      // gave (it names its reason, e.g. an unknown verification link) is one too; one from input
      // validation is not, and means the matrix input is wrong.
      if (![200, 404, 409].includes(result.statusCode ?? 0) && !(result.statusCode === 400 && refusedByService(result.body))) {
        throw new Error(`${path} answered ${result.statusCode}: ${result.body}`);
      }
    };
    const latency = latencyOf(await measure(call));
    meter.reset();
    const perCall = 50;
    for (let index = 0; index < perCall; index += 1) await call();
    console.log(
      `${path.padEnd(34)} ${(role ?? 'resident').padEnd(17)} ${fixed(latency.p50).padStart(6)}   ${fixed(latency.p95).padStart(6)}   ${fixed(latency.p50 / baseline.p50).padStart(11)}x   ${fixed(meter.requests / perCall).padStart(22)}   ${fixed(meter.capacityUnits / perCall).padStart(19)}`,
    );
  }
  console.log('\nLatency is measured through the real Lambda handler (API Gateway event in, JSON out), warm, one call at a time.');
};
