import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { apiErrorCode } from '../../../lib/trpc';

interface SaveOutcomeProps {
  saved: boolean;
  savedText: string;
  error: unknown;
  onReload: () => void;
}

/**
 * What came of a save, beside the save button: done; refused because someone else saved first
 * (the coordinator's values stay in the form until they choose to reload); or failed.
 */
export const SaveOutcome = ({ saved, savedText, error, onReload }: SaveOutcomeProps) => {
  const { t } = useTranslation();
  if (apiErrorCode(error) === 'CONFLICT') {
    return (
      <Notice kind="warning">
        <p className="alert__title">{t('referralCoordination.settings.conflict.title')}</p>
        <p>{t('referralCoordination.settings.conflict.body')}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('referralCoordination.settings.conflict.reload')}
        </button>
      </Notice>
    );
  }
  if (error) return <ErrorAlert error={error} title={t('referralCoordination.settings.saveFailed')} />;
  return saved ? <Notice kind="info">{savedText}</Notice> : null;
};
