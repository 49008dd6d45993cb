import { CountyBusyError, RateLimitExceededError, TenantNotFoundError } from '@linkki/domain';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatError, internalErrorMessage, isServiceUnavailable, retryAfterHeaderOf, toTRPCError, toTRPCErrorFromUnknown } from './errors';

const shapeOf = (error: TRPCError, httpStatus: number) => formatError({ shape: { message: error.message, code: -1, data: { code: error.code, httpStatus, path: 'x' } }, error });

describe('error shape', () => {
  it('names every bad field of a zod failure', () => {
    const cause = z.object({ name: z.string(), age: z.number() }).safeParse({ age: 'x' }).error;
    const shape = shapeOf(new TRPCError({ code: 'BAD_REQUEST', cause }), 400);
    expect(shape.message).toMatch(/^Invalid input: name: .+; age: .+/);
    expect(shape.data.issues?.map((issue) => issue.path)).toEqual(['name', 'age']);
  });

  it('hides the cause of an internal error', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'ResourceNotFoundException: table x', cause: new Error('secret') });
    const shape = shapeOf(error, 500);
    expect(shape.message).toBe(internalErrorMessage);
    expect(JSON.stringify(shape)).not.toMatch(/secret|ResourceNotFound|stack/);
  });

  it('maps domain errors to their code and keeps their message', () => {
    const mapped = toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new TenantNotFoundError('ei-ole') }));
    expect(mapped.code).toBe('NOT_FOUND');
    expect(mapped.message).toBe('Unknown tenant: ei-ole');
  });
});

/** An AWS SDK service exception as the DynamoDB client throws it once its retries are spent. */
const sdkError = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400, attempts: 3 }, ...extra });
const mapCause = (cause: unknown) => toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause }));

describe('a DynamoDB that cannot serve right now', () => {
  it.each(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'ServiceUnavailable', 'InternalServerError'])(
    'answers %s as SERVICE_UNAVAILABLE, never naming it',
    (name) => {
      const mapped = mapCause(sdkError(name));
      expect(mapped.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(shapeOf(mapped, 503))).not.toContain(name);
    },
  );

  it('answers a transaction cancelled only for throttling as SERVICE_UNAVAILABLE', () => {
    const throttled = sdkError('TransactionCanceledException', { CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }] });
    expect(mapCause(throttled).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('leaves a transaction cancelled by a failed condition, and errors that are not the SDK’s, as they were', () => {
    const conditional = sdkError('TransactionCanceledException', { CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'ThrottlingError' }] });
    expect(mapCause(conditional).code).toBe('INTERNAL_SERVER_ERROR');
    expect(mapCause(Object.assign(new Error('x'), { name: 'ThrottlingException' })).code).toBe('INTERNAL_SERVER_ERROR');
    expect(isServiceUnavailable('ThrottlingException')).toBe(false);
  });

  it('maps an error thrown while building the context as a procedure’s would be', () => {
    expect(toTRPCErrorFromUnknown(sdkError('ThrottlingException')).code).toBe('SERVICE_UNAVAILABLE');
    expect(toTRPCErrorFromUnknown(new Error('boom')).code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('a refused submission', () => {
  it('names whose count refused it and how long to wait, in the body and in Retry-After', () => {
    const own = toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new RateLimitExceededError(1500) }));
    const busy = toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new CountyBusyError(240) }));
    expect(shapeOf(own, 429).data).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RateLimitExceededError', retryAfterSeconds: 1500 });
    expect(shapeOf(busy, 429).data).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'CountyBusyError', retryAfterSeconds: 240 });
    expect(retryAfterHeaderOf([busy])).toEqual({ 'retry-after': '240' });
    expect(retryAfterHeaderOf([busy, own])).toEqual({ 'retry-after': '1500' });
    expect(retryAfterHeaderOf([toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new TenantNotFoundError('x') }))])).toEqual({});
  });
});
