import { DomainError, type DomainErrorKind } from '@linkki/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

const codeOfKind: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
  invalid: 'BAD_REQUEST',
  tooManyRequests: 'TOO_MANY_REQUESTS',
};

/**
 * Turns a domain error into the matching tRPC error, and a body that is not JSON (which tRPC
 * reports as an internal error) into bad input; anything else passes unchanged.
 */
export const toTRPCError = (error: TRPCError): TRPCError => {
  const { cause } = error;
  if (cause instanceof DomainError) return new TRPCError({ code: codeOfKind[cause.kind], message: cause.message, cause });
  if (cause instanceof SyntaxError) return new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input: (body): is not valid JSON' });
  return error;
};

export interface InputIssue {
  path: string;
  message: string;
}

const issuesOf = (cause: unknown): InputIssue[] | null => {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause) || !Array.isArray(cause.issues)) return null;
  return cause.issues.map((issue: { path?: readonly (PropertyKey | { key: PropertyKey })[]; message?: string }) => ({
    path: (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.') || '(input)',
    message: issue.message ?? 'is invalid',
  }));
};

export const internalErrorMessage = 'Something went wrong on our side. Please try again in a moment.';

/**
 * The only error shape a client ever sees: a message that names the problem (and the field, for
 * bad input), the code and HTTP status, never a stack trace or a database message.
 */
export const formatError = ({ shape, error }: { shape: { message: string; code: number; data: { code: string; httpStatus: number; path?: string } }; error: TRPCError }) => {
  const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : null;
  const message =
    error.code === 'INTERNAL_SERVER_ERROR'
      ? internalErrorMessage
      : issues
        ? `Invalid input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`
        : error.message;
  return {
    message,
    code: shape.code,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      ...(shape.data.path ? { path: shape.data.path } : {}),
      ...(issues ? { issues } : {}),
      // Which rule refused, by the domain error's name, so clients need not read the English message.
      ...(error.cause instanceof DomainError ? { reason: error.cause.name } : {}),
    },
  };
};
