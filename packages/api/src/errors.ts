import { DomainError, type DomainErrorKind, isSubmissionRefused } from '@linkki/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

const codeOfKind: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
  invalid: 'BAD_REQUEST',
  tooManyRequests: 'TOO_MANY_REQUESTS',
};

/** DynamoDB's exceptions that mean "not now" rather than "wrong": throttled, or briefly unable to serve. */
const unavailableErrorNames = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'ServiceUnavailable', 'InternalServerError']);

/** The cancellation reasons of a transaction that was refused only for lack of capacity. */
const throttledCancellationCodes = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

const cancellationCodesOf = (error: object): string[] =>
  'CancellationReasons' in error && Array.isArray(error.CancellationReasons)
    ? error.CancellationReasons.map((reason: { Code?: unknown }) => (typeof reason.Code === 'string' ? reason.Code : 'None'))
    : [];

/**
 * Whether an AWS SDK error says DynamoDB could not serve the request right now. The SDK has already
 * retried it with backoff by the time it reaches us; nothing of it was written, so the caller may
 * safely try again later. Matched by name, as the SDK's exception classes are not ours to import here.
 */
export const isServiceUnavailable = (error: unknown): boolean => {
  if (!(error instanceof Error) || !('$metadata' in error)) return false;
  if (unavailableErrorNames.has(error.name)) return true;
  if (error.name !== 'TransactionCanceledException') return false;
  const codes = cancellationCodesOf(error).filter((code) => code !== 'None');
  return codes.length > 0 && codes.every((code) => throttledCancellationCodes.has(code));
};

/** How long a client should wait before retrying a request refused for lack of capacity. */
export const serviceUnavailableRetryAfterSeconds = 1;

export const serviceUnavailableMessage = 'The service is busy right now. Please try again in a moment.';

/**
 * Turns a domain error into the matching tRPC error, a DynamoDB that cannot serve right now into
 * SERVICE_UNAVAILABLE (503), and a body that is not JSON (which tRPC reports as an internal error)
 * into bad input; anything else passes unchanged.
 */
export const toTRPCError = (error: TRPCError): TRPCError => {
  const { cause } = error;
  if (cause instanceof DomainError) return new TRPCError({ code: codeOfKind[cause.kind], message: cause.message, cause });
  if (isServiceUnavailable(cause)) return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: serviceUnavailableMessage, cause });
  if (cause instanceof SyntaxError) return new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid input: (body): is not valid JSON' });
  return error;
};

/** An error thrown outside any procedure (while building the request's context), mapped as a procedure's would be. */
export const toTRPCErrorFromUnknown = (cause: unknown): TRPCError => (cause instanceof TRPCError ? toTRPCError(cause) : toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause })));

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
  const message = error.code === 'INTERNAL_SERVER_ERROR' ? internalErrorMessage : issues ? `Invalid input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}` : error.message;
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
      ...(isSubmissionRefused(error.cause) ? { retryAfterSeconds: error.cause.retryAfterSeconds } : {}),
    },
  };
};

/** `Retry-After` for a response that refused a submission: the longest wait any of its calls was told. */
export const retryAfterHeaderOf = (errors: readonly TRPCError[]): Record<string, string> => {
  const waits = errors.flatMap(({ cause }) => (isSubmissionRefused(cause) ? [cause.retryAfterSeconds] : []));
  return waits.length > 0 ? { 'retry-after': String(Math.max(...waits)) } : {};
};
