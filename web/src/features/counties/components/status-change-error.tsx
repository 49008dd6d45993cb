import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { apiErrorCode, apiErrorReason } from '../../../lib/trpc';

/**
 * A change of a county's status that failed. A conflict means someone else changed the county
 * meanwhile (or, for a deletion, that its grace period or export is not what the list showed):
 * nothing was changed, and the operator reloads the list before deciding again. The error takes
 * the focus, as the button pressed (or the confirmation) may be far down the table.
 */
export const StatusChangeError = ({ error, onReload, title }: { error: unknown; onReload: () => void; title?: string }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const conflict = apiErrorCode(error) === 'CONFLICT';
  const deletionRefused = apiErrorReason(error) === 'CountyDeletionNotAllowedError';
  useEffect(() => ref.current?.focus(), [error]);
  return (
    <div ref={ref} tabIndex={-1} className="county-outcome">
      {conflict ? (
        <div className="alert alert--error" role="alert">
          <div className="alert__body">
            <p className="alert__title">{deletionRefused ? t('counties.offboarding.notAllowedTitle') : t('counties.list.conflictTitle')}</p>
            <p>{deletionRefused ? t('counties.offboarding.notAllowedBody') : t('counties.list.conflictBody')}</p>
            <button type="button" className="button button--secondary" onClick={onReload}>
              {t('counties.list.reload')}
            </button>
          </div>
        </div>
      ) : (
        <ErrorAlert error={error} title={title ?? t('counties.list.actionFailed')} />
      )}
    </div>
  );
};
