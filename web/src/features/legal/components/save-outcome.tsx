import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { apiErrorCode } from '../../../lib/trpc';

/** What came of a save: done; refused because someone saved first (the typed text stays in the form); or failed. */
export const SaveOutcome = ({ saved, error, onReload }: { saved: boolean; error: unknown; onReload: () => void }) => {
  const { t } = useTranslation();
  if (apiErrorCode(error) === 'CONFLICT') {
    return (
      <Notice kind="warning">
        <p className="alert__title">{t('legal.editor.conflictTitle')}</p>
        <p>{t('legal.editor.conflictBody')}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('legal.editor.reload')}
        </button>
      </Notice>
    );
  }
  if (error) return <ErrorAlert error={error} title={t('legal.editor.saveFailed')} />;
  return saved ? <Notice kind="info">{t('legal.editor.saved')}</Notice> : null;
};
