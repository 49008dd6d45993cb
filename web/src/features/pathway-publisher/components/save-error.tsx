import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/ui/conflict-alert';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { describeApiError } from '../../../lib/api-errors';
import { apiErrorCode } from '../../../lib/trpc';
import { IssueSummary } from './issue-summary';

/** A failed save: field issues listed by place, a stale version explained with a reload, anything else as usual. */
export const SaveError = ({ error, onReload }: { error: unknown; onReload: () => void }) => {
  const { t } = useTranslation();
  const description = describeApiError(error);
  if (description.kind === 'badRequest' && description.issues.length > 0) return <IssueSummary title={t('pathwayPublisher.issues.title')} issues={description.issues} />;
  if (apiErrorCode(error) !== 'CONFLICT') return <ErrorAlert error={error} title={t('pathwayPublisher.editor.saveFailed')} />;
  return (
    <ConflictAlert
      error={error}
      title={t('pathwayPublisher.editor.conflictTitle')}
      body={t('pathwayPublisher.editor.conflictBody')}
      reloadLabel={t('pathwayPublisher.editor.reload')}
      onReload={onReload}
    />
  );
};
