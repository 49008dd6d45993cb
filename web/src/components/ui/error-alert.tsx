import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/trpc';

/** The API's own message when it gave one; otherwise a translated explanation. */
const useErrorMessage = (error: unknown): string => {
  const { t } = useTranslation();
  // fetch() rejects with a TypeError when the request never got an answer.
  const unreachable = error instanceof TypeError || (isApiError(error) && error.cause instanceof TypeError);
  if (unreachable) return t('errors.network');
  if (isApiError(error)) return error.data?.code ? error.message : t('errors.unexpected');
  if (error instanceof Error && error.message) return error.message;
  return t('errors.unexpected');
};

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed request, announced at once (`role="alert"`); never a stack trace. */
export const ErrorAlert = ({ error, title, onRetry }: ErrorAlertProps) => {
  const { t } = useTranslation();
  const message = useErrorMessage(error);
  return (
    <div className="alert alert--error" role="alert">
      <div className="alert__body">
        <p className="alert__title">{title ?? t('errors.title')}</p>
        <p>{message}</p>
        {onRetry && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
      </div>
    </div>
  );
};
