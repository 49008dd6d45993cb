import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorReason, type InputIssue, inputIssuesOf, isApiError } from './trpc';

/** What went wrong with a request, in terms the UI has a message for (`errors.<kind>`). */
export type ApiErrorDescription =
  | { kind: 'network' | 'unauthorized' | 'forbidden' | 'notFound' | 'conflict' | 'internal' | 'unexpected' }
  /**
   * `tooManyFromAddress`: this connection has sent its share; `countyBusy`: the county receives
   * unusually many and this connection is new to it; `tooManyRequests`: refused without a reason (e.g. a gateway's throttling).
   */
  | { kind: 'tooManyRequests' | 'tooManyFromAddress' | 'countyBusy'; minutes: number | null }
  | { kind: 'badRequest'; issues: InputIssue[] };

const kindOfCode = {
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  CONFLICT: 'conflict',
  INTERNAL_SERVER_ERROR: 'internal',
} as const;

const isMappedCode = (code: string): code is keyof typeof kindOfCode => code in kindOfCode;

/** The wait the API names for a TOO_MANY_REQUESTS (`retryAfterSeconds`, or "try again in 15 minutes" in its message), or null. */
export const retryAfterMinutesOf = (error: unknown): number | null => {
  if (apiErrorCode(error) !== 'TOO_MANY_REQUESTS' || !(error instanceof Error)) return null;
  const seconds: unknown = isApiError(error) ? (error.data as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds : undefined;
  if (typeof seconds === 'number' && seconds > 0) return Math.ceil(seconds / 60);
  const minutes = /\bin (\d+) minutes?\b/i.exec(error.message)?.[1];
  return minutes ? Number(minutes) : null;
};

/** Whether a TOO_MANY_REQUESTS was the county's busy spell rather than this connection's own limit. */
export const isCountyBusy = (error: unknown): boolean => apiErrorCode(error) === 'TOO_MANY_REQUESTS' && apiErrorReason(error) === 'CountyBusyError';

const tooManyKindOf = (error: unknown) => {
  if (isCountyBusy(error)) return 'countyBusy';
  return apiErrorReason(error) === 'RateLimitExceededError' ? 'tooManyFromAddress' : 'tooManyRequests';
};

/**
 * Sorts a failed request by what the user can do about it. The API's own messages are in English,
 * so only the code, the wait and the field issues are taken from it.
 */
export const describeApiError = (error: unknown): ApiErrorDescription => {
  // fetch() rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError || (isApiError(error) && error.cause instanceof TypeError)) return { kind: 'network' };
  const code = apiErrorCode(error);
  if (code === 'TOO_MANY_REQUESTS') return { kind: tooManyKindOf(error), minutes: retryAfterMinutesOf(error) };
  if (code === 'BAD_REQUEST') return { kind: 'badRequest', issues: inputIssuesOf(error) };
  return code && isMappedCode(code) ? { kind: kindOfCode[code] } : { kind: 'unexpected' };
};

/** A failed request in the user's language: the message, and for bad input the fields it names. */
export interface ApiErrorMessage {
  message: string;
  issues: InputIssue[];
}

export const apiErrorMessageOf = (description: ApiErrorDescription, t: TFunction): ApiErrorMessage => {
  switch (description.kind) {
    case 'tooManyRequests':
    case 'tooManyFromAddress':
    case 'countyBusy':
      return { message: description.minutes ? t(`errors.${description.kind}In`, { count: description.minutes }) : t(`errors.${description.kind}`), issues: [] };
    case 'badRequest':
      return { message: description.issues.length > 0 ? t('errors.badRequest') : t('errors.badRequestGeneral'), issues: description.issues };
    default:
      return { message: t(`errors.${description.kind}`), issues: [] };
  }
};

/** What to tell the user about `error`, in the current UI language. */
export const useApiErrorMessage = (error: unknown): ApiErrorMessage => {
  const { t } = useTranslation();
  return apiErrorMessageOf(describeApiError(error), t);
};
