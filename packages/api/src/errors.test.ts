import { TenantNotFoundError } from '@linkki/domain';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatError, internalErrorMessage, toTRPCError } from './errors';

const shapeOf = (error: TRPCError, httpStatus: number) =>
  formatError({ shape: { message: error.message, code: -1, data: { code: error.code, httpStatus, path: 'x' } }, error });

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
