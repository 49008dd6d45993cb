import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../lib/api-errors';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed request, announced at once (`role="alert"`) in the user's language; never a stack trace. */
export const ErrorAlert = ({ error, title, onRetry }: ErrorAlertProps) => {
  const { t } = useTranslation();
  const { message, issues } = useApiErrorMessage(error);
  return (
    <div className="alert alert--error" role="alert">
      <div className="alert__body">
        <p className="alert__title">{title ?? t('errors.title')}</p>
        <p>{message}</p>
        {issues.length > 0 && (
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.path}: <span lang="en">{issue.message}</span>
              </li>
            ))}
          </ul>
        )}
        {onRetry && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
      </div>
    </div>
  );
};
