import { useTranslation } from 'react-i18next';
import { ConflictAlert } from './conflict-alert';
import { ErrorAlert } from './error-alert';
import { apiErrorCode } from '../../lib/trpc';

/** A failed save: a conflict (someone else changed the item meanwhile) offers a reload, anything else as usual. */
export const MutationError = ({ error, onReload }: { error: unknown; onReload?: (() => void) | undefined }) => {
  const { t } = useTranslation();
  if (apiErrorCode(error) !== 'CONFLICT') return <ErrorAlert error={error} title={t('catalog.editor.saveFailed')} />;
  return <ConflictAlert error={error} title={t('catalog.editor.conflictTitle')} body={t('catalog.editor.conflictBody')} reloadLabel={t('catalog.editor.reload')} onReload={onReload} />;
};
