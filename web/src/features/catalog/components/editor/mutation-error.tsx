import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { apiErrorCode } from '../../../../lib/trpc';

/**
 * A failed save. A conflict means someone else changed the item meanwhile: nothing was
 * overwritten, and the user reloads to see their change before trying again. The conflict takes
 * the focus, so it is seen where the user pressed "save" far below.
 */
export const MutationError = ({ error, onReload }: { error: unknown; onReload?: (() => void) | undefined }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const conflict = apiErrorCode(error) === 'CONFLICT';
  useEffect(() => {
    if (conflict) ref.current?.focus();
  }, [conflict, error]);
  if (!conflict) return <ErrorAlert error={error} title={t('catalog.editor.saveFailed')} />;
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      <div className="alert__body">
        <p className="alert__title">{t('catalog.editor.conflictTitle')}</p>
        <p>{t('catalog.editor.conflictBody')}</p>
        {onReload && (
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('catalog.editor.reload')}
          </button>
        )}
      </div>
    </div>
  );
};
