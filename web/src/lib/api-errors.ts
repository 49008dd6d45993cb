import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, type InputIssue, inputIssuesOf, isApiError } from './trpc';

/** What went wrong with a request, in terms the UI has a message for (`errors.<kind>`). */
export type ApiErrorDescription =
  | { kind: 'network' | 'unauthorized' | 'forbidden' | 'notFound' | 'conflict' | 'internal' | 'unexpected' }
  | { kind: 'tooManyRequests'; minutes: number | null }
  | { kind: 'badRequest'; issues: InputIssue[] };

const kindOfCode = {
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  CONFLICT: 'conflict',
  INTERNAL_SERVER_ERROR: 'internal',
} as const;

const isMappedCode = (code: string): code is keyof typeof kindOfCode => code in kindOfCode;

/** The wait the API names in a TOO_MANY_REQUESTS message ("try again in 15 minutes"), or null. */
export const retryAfterMinutesOf = (error: unknown): number | null => {
  if (apiErrorCode(error) !== 'TOO_MANY_REQUESTS' || !(error instanceof Error)) return null;
  const minutes = /\bin (\d+) minutes?\b/i.exec(error.message)?.[1];
  return minutes ? Number(minutes) : null;
};

/**
 * Sorts a failed request by what the user can do about it. The API's own messages are in English,
 * so only the code, the wait and the field issues are taken from it.
 */
export const describeApiError = (error: unknown): ApiErrorDescription => {
  // fetch() rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError || (isApiError(error) && error.cause instanceof TypeError)) return { kind: 'network' };
  const code = apiErrorCode(error);
  if (code === 'TOO_MANY_REQUESTS') return { kind: 'tooManyRequests', minutes: retryAfterMinutesOf(error) };
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
      return { message: description.minutes ? t('errors.tooManyRequestsIn', { count: description.minutes }) : t('errors.tooManyRequests'), issues: [] };
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
