import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { appRouter } from '@linkki/api';
import { createOrganisationRepository, defaultTableName, userKeyOf } from '@linkki/db';
import { type Role, roles } from '@linkki/domain';
import type { ProcedurePath } from '../helpers/api-harness';
import { type Access, authorizationMatrix, matrixOrganisation, matrixTenant } from '../isolation/authorization-matrix';
import type { BenchPlatform } from './bench-platform';
import { benchEditorFlow } from './editor-flow';
import { metered, type PerCall, type ProcedureAnswer, procedureCaller } from './procedure-caller';
import { fixed, latencyOf, measure } from './stats';

/** A role that may call a procedure with this access, or null for an anonymous resident. */
const callerFor = (access: Access): Role | null => (typeof access === 'string' ? (access === 'signedIn' ? roles[0] : null) : (access[0] ?? null));

/** True when a batch answer's error carries the domain error's reason: the service ran and refused. */
const refusedByService = (body: string): boolean => {
  const [answer] = JSON.parse(body) as Array<{ error?: { data?: { reason?: unknown } } }>;
  return typeof answer?.error?.data?.reason === 'string';
};

/**
 * The matrix inputs name missing items for some procedures: a NOT_FOUND is a full, measured answer.
 * A versioned write repeated with the same expected version is refused by its condition after the
 * first call: the CONFLICT costs the same conditional request. A BAD_REQUEST the service gave (it
 * names its reason, e.g. an unknown verification link) is one too; one from input validation is
 * not, and means the matrix input is wrong.
 */
const requireMeasurable = (path: string, answer: ProcedureAnswer): void => {
  if ([200, 404, 409].includes(answer.status) || (answer.status === 400 && refusedByService(answer.body))) return;
  throw new Error(`${path} answered ${answer.status}: ${answer.body}`);
};

/** The input with a new request id: an idempotent procedure's first call. Null when the input carries none. */
const withFreshRequestId = (input: unknown): unknown => (typeof input === 'object' && input !== null && 'requestId' in input ? { ...input, requestId: randomUUID() } : null);

/** Fresh first calls of an idempotent procedure come from distinct addresses, as distinct residents' would, so no per-address limit answers them. */
const firstCallsPerRow = 10;
const repeatsPerRow = 50;

const perCallColumns = ({ requests, capacityUnits }: PerCall) => `${fixed(requests).padStart(8)} ${fixed(capacityUnits).padStart(8)}`;

/**
 * Every procedure of the app router through the handler, next to a bare GetItem in the same run.
 * Requests and capacity are printed for the first call and for a repeat of it: a procedure taking
 * a request id gets a fresh one for each first call (the create path), the repeat is its retry.
 */
export const benchProcedures = async (platform: BenchPlatform): Promise<void> => {
  const { client, tables, meter } = platform;
  const tenant = matrixTenant;
  await createOrganisationRepository({ gateway: tables.tenant(tenant), tenantId: tenant }).register(matrixOrganisation);
  const baselineKey = userKeyOf(tenant, 'demo-nurse');
  const baseline = latencyOf(await measure(() => client.send(new GetCommand({ TableName: defaultTableName, Key: baselineKey }))));
  console.log(`\nBaseline: bare GetItem on DynamoDB Local  p50 ${fixed(baseline.p50)} ms  p95 ${fixed(baseline.p95)} ms\n`);
  console.log('                                                                                     DynamoDB per call: first call     repeat (retry)');
  console.log('procedure                          caller            p50 ms   p95 ms   p50/GetItem    requests    units   requests    units');
  for (const path of Object.keys(appRouter._def.procedures).sort() as ProcedurePath[]) {
    const row = authorizationMatrix[path];
    if (!row) throw new Error(`No authorization-matrix row for ${path}`);
    const role = callerFor(row.access);
    const call = await procedureCaller(platform, tenant, role);
    const repeat = async () => requireMeasurable(path, await call(path, row.input));
    const idempotent = withFreshRequestId(row.input) !== null;
    const first = idempotent
      ? await metered(meter, firstCallsPerRow, async (index) =>
          requireMeasurable(path, await call(path, withFreshRequestId(row.input), { sourceIp: `10.14.${Math.floor(index / 250)}.${(index % 250) + 1}` })),
        )
      : await metered(meter, 1, repeat);
    const latency = latencyOf(await measure(repeat));
    const retry = await metered(meter, repeatsPerRow, repeat);
    const label = `${path}${idempotent ? ' *' : ''}`;
    console.log(
      `${label.padEnd(34)} ${(role ?? 'resident').padEnd(17)} ${fixed(latency.p50).padStart(6)}   ${fixed(latency.p95).padStart(6)}   ${fixed(latency.p50 / baseline.p50).padStart(11)}x   ${perCallColumns(first)}   ${perCallColumns(retry)}`,
    );
  }
  console.log(
    [
      '',
      'Latency is measured through the real Lambda handler (API Gateway event in, JSON out), warm, one call at a time, repeating the same input.',
      `* takes a request id: "first call" is the mean of ${firstCallsPerRow} calls each with a fresh one (the create path); the repeat is a retry of an earlier call.`,
      'Otherwise "first call" is the first call of the input in this container (a cache it fills shows there), the repeat the mean of the next calls.',
      "Every caller's membership is read once before its first row: it is cached for 30 s per container, not paid per call.",
    ].join('\n'),
  );
  await benchEditorFlow(platform);
};
