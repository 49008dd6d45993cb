import type { AppRouter } from '@linkki/api';
import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCLink } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import { createTRPCContext, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The procedures' query options and keys, as `useTRPC()` gives them inside React. */
export type ApiQueries = TRPCOptionsProxy<AppRouter>;

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type ApiError = TRPCClientError<AppRouter>;

/** What a request says about its caller: the token (if any) and the tenant of the current route. */
export interface RequestIdentity {
  token: string | null;
  tenant: string | null;
}

export interface ApiClientOptions {
  /** Read for every request, so it always reflects the current session and route. */
  requestIdentity: () => RequestIdentity;
  /** The server refused `token` (invalid or expired); the session that holds it should end. */
  onTokenRefused: (token: string) => void;
}

export const isApiError = (error: unknown): error is ApiError => error instanceof TRPCClientError;

/** The tRPC error code (`UNAUTHORIZED`, `NOT_FOUND`…), or null for network and other failures. */
export const apiErrorCode = (error: unknown): string | null => (isApiError(error) ? (error.data?.code ?? null) : null);

/** The domain rule that refused a call (`LastCoordinatorError`…), where the API names one. */
export const apiErrorReason = (error: unknown): string | null => {
  if (!isApiError(error)) return null;
  const reason: unknown = (error.data as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' ? reason : null;
};

export interface InputIssue {
  path: string;
  message: string;
}

const isInputIssue = (value: unknown): value is InputIssue =>
  typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).path === 'string' && typeof (value as Record<string, unknown>).message === 'string';

const domainIssuePattern = /^Invalid input: ([\w.]+): (.+)$/;

/**
 * What the API said was wrong with the input, field by field (`content.title.fi`), on BAD_REQUEST:
 * the schema's issues, or the one field a domain rule names in its message.
 */
export const inputIssuesOf = (error: unknown): InputIssue[] => {
  if (!isApiError(error) || error.data?.code !== 'BAD_REQUEST') return [];
  const issues: unknown = (error.data as { issues?: unknown }).issues;
  if (Array.isArray(issues) && issues.length > 0) return issues.filter(isInputIssue);
  const match = domainIssuePattern.exec(error.message);
  return match?.[1] && match[2] ? [{ path: match[1], message: match[2] }] : [];
};

const identityHeaders = ({ token, tenant }: RequestIdentity): Record<string, string> => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...(tenant ? { 'x-tenant': tenant } : {}),
});

/** Reports a refused token once the server answers UNAUTHORIZED to a call that carried it. */
const refusedTokenLink =
  ({ requestIdentity, onTokenRefused }: ApiClientOptions): TRPCLink<AppRouter> =>
  () =>
  ({ op, next }) =>
    observable((observer) => {
      const sentToken = requestIdentity().token;
      return next(op).subscribe({
        next: (value) => observer.next(value),
        error: (error) => {
          if (sentToken && error.data?.code === 'UNAUTHORIZED') onTokenRefused(sentToken);
          observer.error(error);
        },
        complete: () => observer.complete(),
      });
    });

/**
 * The API client. Every call goes by POST (`methodOverride`) so that no personal data ends up in
 * a URL, in batches of at most 10 (the server's limit).
 */
export const createApiClient = (options: ApiClientOptions) =>
  createTRPCClient<AppRouter>({
    links: [
      refusedTokenLink(options),
      httpBatchLink({
        url: '/trpc',
        methodOverride: 'POST',
        maxItems: 10,
        headers: () => identityHeaders(options.requestIdentity()),
      }),
    ],
  });

export type ApiClient = ReturnType<typeof createApiClient>;
